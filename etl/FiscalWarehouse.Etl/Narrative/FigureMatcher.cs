namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// The narrative figure pattern matched by hand, with exactly the regex's matches (leftmost first, scanning on from each
/// match's end):
/// <c>(?&lt;![\d.,])(?:∞|\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:万元元|万元|元|%|台（套）|台\(套\)|个|辆|台|套|分)</c>.
/// The regex's start test looked up the Unicode category of every ideograph of every sentence; here a character is
/// tested against one bit per UTF-16 unit (every Unicode decimal digit, as \d). The backtracking the regex could do
/// never finds another match: each part is greedy and a shorter number leaves a digit, a separator or a point next,
/// which neither \s nor any unit starts with, so one greedy attempt per alternative gives the same answer.
/// </summary>
internal static class FigureMatcher
{
    private static readonly ulong[] DigitBits = BuildDigitBits();

    private static ulong[] BuildDigitBits()
    {
        var bits = new ulong[65536 / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsDigit((char)c))
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return bits;
    }

    /// <summary>\d: a Unicode decimal digit (category Nd), as the regex reads it.</summary>
    public static bool IsDigit(char c) => (DigitBits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>The first match starting at or after <paramref name="from"/>; false when there is none.</summary>
    public static bool Next(ReadOnlySpan<char> text, int from, out int index, out int length)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                // A run of ideographs (most of a sentence) holds no digit and no ∞: skipped by a vectorized search.
                var skip = text[i..].IndexOfAnyExceptInRange('\u4E00', '\u9FFF');
                if (skip < 0)
                {
                    break;
                }

                i += skip;
                c = text[i];
            }

            var infinity = c == '∞';
            if (!infinity && !IsDigit(c))
            {
                continue;
            }

            if (i > 0 && (text[i - 1] is '.' or ',' || IsDigit(text[i - 1])))
            {
                continue;
            }

            var end = infinity ? i + 1 : GroupedNumberEnd(text, i);
            var unitEnd = end < 0 ? -1 : UnitEnd(text, end);
            if (unitEnd < 0 && !infinity)
            {
                unitEnd = UnitEnd(text, PlainNumberEnd(text, i));
            }

            if (unitEnd >= 0)
            {
                index = i;
                length = unitEnd - i;
                return true;
            }
        }

        index = -1;
        length = 0;
        return false;
    }

    /// <summary>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?: the end, or -1 when the text there does not have that shape.</summary>
    private static int GroupedNumberEnd(ReadOnlySpan<char> text, int start)
    {
        var j = DigitsEnd(text, start);
        if (j - start > 3)
        {
            return -1;
        }

        var groups = 0;
        while (j + 3 < text.Length && text[j] is ',' or '，' && IsDigit(text[j + 1]) && IsDigit(text[j + 2]) && IsDigit(text[j + 3]))
        {
            j += 4;
            groups++;
        }

        return groups == 0 ? -1 : FractionEnd(text, j);
    }

    /// <summary>\d+(?:\.\d+)?.</summary>
    private static int PlainNumberEnd(ReadOnlySpan<char> text, int start) => FractionEnd(text, DigitsEnd(text, start));

    private static int FractionEnd(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && text[at] == '.' && IsDigit(text[at + 1]) ? DigitsEnd(text, at + 1) : at;

    private static int DigitsEnd(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && IsDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>\s* then the first unit of the alternation that is printed there: the end of the unit, or -1.</summary>
    private static int UnitEnd(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at >= text.Length)
        {
            return -1;
        }

        var rest = text[at..];
        var length = rest[0] switch
        {
            '万' => rest.StartsWith("万元元", StringComparison.Ordinal) ? 3 : rest.StartsWith("万元", StringComparison.Ordinal) ? 2 : 0,
            '台' => rest.StartsWith("台（套）", StringComparison.Ordinal) || rest.StartsWith("台(套)", StringComparison.Ordinal) ? 4 : 1,
            '元' or '%' or '个' or '辆' or '套' or '分' => 1,
            _ => 0,
        };
        return length == 0 ? -1 : at + length;
    }
}
