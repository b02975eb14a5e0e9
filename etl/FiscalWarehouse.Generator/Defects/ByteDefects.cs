using System.Text;
using FiscalWarehouse.Generator.Randomness;

namespace FiscalWarehouse.Generator.Defects;

/// <summary>Defects that live in the bytes rather than the numbers: truncation and broken encodings.</summary>
internal static class ByteDefects
{
    /// <summary>Keeps the lines before <paramref name="line"/> and the first half of that line, with no line ending.</summary>
    public static List<string> Truncate(IReadOnlyList<string> lines, int line)
    {
        var kept = lines.Take(line - 1).ToList();
        var cut = lines[line - 1];
        kept.Add(cut[..(cut.Length / 2)]);
        return kept;
    }

    /// <summary>The line's UTF-8 bytes read as Latin-1: what a converter that guessed the wrong code page writes (é«˜å¹³…).</summary>
    public static string DoubleEncode(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>Inserts 0xFF 0xFE 0xFD in the middle of a line: 0xFF/0xFE/0xFD never start a character in UTF-8, and 0xFF is no GB18030 lead byte.</summary>
    public static byte[] InjectInvalidBytes(byte[] bytes, int line, SeededRandom random)
    {
        var start = 0;
        for (var current = 1; current < line && start < bytes.Length; start++)
        {
            if (bytes[start] == (byte)'\n')
            {
                current++;
            }
        }

        var end = Array.IndexOf(bytes, (byte)'\n', start);
        end = end < 0 ? bytes.Length : end;
        var at = start + (end - start) / 2;
        // Step back to an ASCII byte (or the line start) so no multi-byte character is split: the garbage itself is the defect.
        while (at > start && bytes[at - 1] >= 0x80)
        {
            at--;
        }

        byte[] junk = random.Chance(0.5m) ? [0xFF, 0xFE, 0xFD] : [0xFF, 0xFF];
        return [.. bytes[..at], .. junk, .. bytes[at..]];
    }
}
