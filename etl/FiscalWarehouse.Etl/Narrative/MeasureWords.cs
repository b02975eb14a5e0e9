using System.Buffers;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// The measure words a clause's item name may be made of (决算数, 增长率, 上年, 为…): an item is meaningful only when
/// something else is left. Removed by hand, exactly as the alternation regex did (at each position the first listed
/// word that is printed there is removed, then the scan goes on after it): it runs per clause, and the regex engine's
/// set-up per call cost more than the scan.
/// </summary>
internal static class MeasureWords
{
    /// <summary>In the regex's order, which decides what is removed where two words overlap.</summary>
    public static readonly string[] Words =
    [
        "决算数", "决算", "年初预算数", "年初预算", "全年预算数", "全年预算", "预算数", "预算安排", "预算", "占比", "占", "增长率", "降低率",
        "下降率", "增长", "下降", "降低", "增加", "减少", "完成率", "完成", "执行率", "执行数", "结转", "相比", "同比", "比", "较", "与", "总额",
        "金额", "资金", "上年", "涉及", "了", "为", "的", "数",
    ];

    private static readonly SearchValues<char> Starts = SearchValues.Create(string.Concat(Words.Select(w => w[0]).Distinct()));

    /// <summary>The text with every measure word removed.</summary>
    public static string Remove(string text)
    {
        if (text.AsSpan().IndexOfAny(Starts) < 0)
        {
            return text;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = Remove(text, buffer);
        return n == text.Length ? text : new string(buffer[..n]);
    }

    /// <summary>Writes the text with every measure word removed into <paramref name="buffer"/> (as long as the text); returns its length.</summary>
    public static int Remove(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var first = text.IndexOfAny(Starts);
        if (first < 0)
        {
            text.CopyTo(buffer);
            return text.Length;
        }

        text[..first].CopyTo(buffer);
        var n = first;
        for (var i = first; i < text.Length;)
        {
            var length = Starts.Contains(text[i]) ? WordAt(text[i..]) : 0;
            if (length > 0)
            {
                i += length;
                continue;
            }

            buffer[n++] = text[i++];
        }

        return n;
    }

    private static int WordAt(ReadOnlySpan<char> rest)
    {
        foreach (var word in Words)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }
}
