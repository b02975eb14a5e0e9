using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// Finds numbers that carry a unit in a sentence. A number without a unit (a year, an ordinal, a phone number) is not a
/// figure. Numbers keep every printed decimal (<c>163.438</c>, <c>1903.684258</c>, seed 001, line 631); the typo
/// <c>万元元</c> (seed 000, line 439) is read as 万元 and kept in the printed text. Thousands separators may be ASCII
/// or full width (<c>２，１７５．８７</c>) when exactly three digits follow.
/// </summary>
internal static class NumberScanner
{
    public static IReadOnlyList<NumberToken> Scan(string normalizedSentence)
    {
        // Every unit the pattern accepts holds one of these characters: a sentence without any has no figure, and is
        // not scanned (the pattern's start test looks up the Unicode category of every ideograph).
        if (!normalizedSentence.AsSpan().ContainsAny(UnitCharacters))
        {
            return [];
        }

        List<NumberToken>? tokens = null;

        // Matches are found by hand (FigureMatcher: the pattern's exact matches); their parts are told apart by
        // character class: the number is digits, separators and the point, then optional whitespace, then the unit
        // (no unit starts with any of those).
        var from = 0;
        while (FigureMatcher.Next(normalizedSentence, from, out var matchIndex, out var matchLength))
        {
            from = matchIndex + matchLength;
            var match = (Index: matchIndex, Length: matchLength);
            var text = normalizedSentence.AsSpan(match.Index, match.Length);
            var isInfinity = text[0] == '∞';
            var numberLength = isInfinity ? 1 : NumberLength(text);
            var unitStart = numberLength;
            while (unitStart < text.Length && char.IsWhiteSpace(text[unitStart]))
            {
                unitStart++;
            }

            var unitText = text[unitStart..];
            var after = match.Index + match.Length;
            if (IsLabelNotAmount(normalizedSentence, after, unitText))
            {
                continue;
            }

            var unit = UnitOf(unitText);
            if (unit == AmountUnit.Unknown)
            {
                continue;
            }

            decimal? value = null;
            if (!isInfinity)
            {
                // The figure's digits are read by the one amount reader, as a table cell's are.
                if (!CellParser.TryNumber(text[..numberLength], out var parsed, out _))
                {
                    continue;
                }

                value = parsed;
            }

            (tokens ??= []).Add(new NumberToken(match.Index, after, value, unit, text.ToString()));
        }

        return tokens ?? (IReadOnlyList<NumberToken>)[];
    }

    private static readonly System.Buffers.SearchValues<char> UnitCharacters = System.Buffers.SearchValues.Create("元%台个辆套分");

    private static int NumberLength(ReadOnlySpan<char> match)
    {
        var n = 0;
        while (n < match.Length && (char.IsDigit(match[n]) || match[n] is ',' or '，' or '.'))
        {
            n++;
        }

        return n;
    }

    private static AmountUnit UnitOf(ReadOnlySpan<char> unit) => unit switch
    {
        "万元" or "万元元" => AmountUnit.TenThousandYuan,
        "元" => AmountUnit.Yuan,
        "%" => AmountUnit.Percent,
        "分" => AmountUnit.Score,
        "个" or "辆" or "台" or "套" or "台（套）" or "台(套)" => AmountUnit.Count,
        _ => AmountUnit.Unknown,
    };

    /// <summary>
    /// <c>单价100万元（含）以上设备</c> names a class of equipment, not an amount; <c>2.5个百分点</c> is a difference of rates
    /// and <c>3分钟</c> a time.
    /// </summary>
    private static bool IsLabelNotAmount(string sentence, int after, ReadOnlySpan<char> unit)
    {
        var rest = sentence.AsSpan(after);
        if (unit is "万元" or "元")
        {
            return rest.StartsWith("（含）", StringComparison.Ordinal) || rest.StartsWith("(含)", StringComparison.Ordinal)
                || rest.StartsWith("以上", StringComparison.Ordinal) || rest.StartsWith("以下", StringComparison.Ordinal)
                || rest.StartsWith("/", StringComparison.Ordinal)
                || (rest.Length > 0 && rest[0] is '（' or '(' && rest[..Math.Min(rest.Length, 8)].Contains("以上", StringComparison.Ordinal));
        }

        if (unit is "个")
        {
            return rest.StartsWith("百分点", StringComparison.Ordinal) || rest.StartsWith("月", StringComparison.Ordinal)
                || rest.StartsWith("工作日", StringComparison.Ordinal);
        }

        if (unit is "分")
        {
            return rest.StartsWith("钟", StringComparison.Ordinal) || rest.StartsWith("之", StringComparison.Ordinal)
                || rest.StartsWith("别", StringComparison.Ordinal) || rest.StartsWith("类", StringComparison.Ordinal)
                || rest.StartsWith("配", StringComparison.Ordinal) || rest.StartsWith("析", StringComparison.Ordinal);
        }

        return false;
    }
}
