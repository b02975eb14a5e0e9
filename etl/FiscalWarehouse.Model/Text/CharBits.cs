namespace FiscalWarehouse.Model.Text;

/// <summary>
/// A set of UTF-16 characters as one bit each (8 KiB): a test per character. For the short texts of cells and labels
/// this beats <see cref="System.Buffers.SearchValues{T}"/> of CJK characters, whose probabilistic map pays a set-up
/// per call that only long texts amortize.
/// </summary>
public sealed class CharBits
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    public CharBits(string characters)
    {
        ArgumentNullException.ThrowIfNull(characters);
        foreach (var c in characters)
        {
            _bits[c >> 6] |= 1UL << (c & 63);
        }
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if ((_bits[c >> 6] & (1UL << (c & 63))) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
