using System.Collections;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// A set of line numbers as one bit per line: the lines that belong to tables, asked about every line by the narrative
/// reader. A HashSet of thousands of ints per report was the recognizer's largest bookkeeping allocation.
/// </summary>
public sealed class LineSet : IReadOnlySet<int>
{
    private ulong[] _bits;

    public LineSet(int lastLine) => _bits = new ulong[(Math.Max(lastLine, 0) >> 6) + 1];

    public int Count { get; private set; }

    /// <summary>Adds the lines <paramref name="first"/>..<paramref name="last"/>, both included.</summary>
    public void AddRange(int first, int last)
    {
        for (var n = Math.Max(first, 0); n <= last; n++)
        {
            Add(n);
        }
    }

    public bool Add(int line)
    {
        if (line < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "line numbers are not negative");
        }

        var word = line >> 6;
        if (word >= _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
        }

        var mask = 1UL << (line & 63);
        if ((_bits[word] & mask) != 0)
        {
            return false;
        }

        _bits[word] |= mask;
        Count++;
        return true;
    }

    public bool Contains(int item)
    {
        var word = item >> 6;
        return item >= 0 && word < _bits.Length && (_bits[word] & (1UL << (item & 63))) != 0;
    }

    public IEnumerator<int> GetEnumerator()
    {
        for (var word = 0; word < _bits.Length; word++)
        {
            var bits = _bits[word];
            while (bits != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                yield return (word << 6) + bit;
                bits &= bits - 1;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The set comparisons nobody on the hot path asks: answered through a HashSet copy.
    public bool IsProperSubsetOf(IEnumerable<int> other) => new HashSet<int>(this).IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<int> other) => new HashSet<int>(this).IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<int> other) => new HashSet<int>(this).IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<int> other) => other.All(Contains);

    public bool Overlaps(IEnumerable<int> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<int> other) => new HashSet<int>(this).SetEquals(other);
}
