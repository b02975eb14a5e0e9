using System.Buffers;
using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// The words before a number, made comparable: what the one printed-text key drops (<see cref="PrintedKey.IsDropped"/>:
/// spaces, quotes, markup) dropped, and the (不含车辆) / (含) asides removed (they name what is excluded, not what is
/// counted: seed 000, line 493). Unlike the key, the label keeps its punctuation and writes parentheses full width:
/// it is the text the narrative grammar reads (SubjectPath, TopicKeywords, MeasureRules are written in the printed
/// full-width forms ，：（类）), not a comparison key; names taken from it are compared by the key.
/// </summary>
internal static partial class LabelText
{
    public static string Normalize(string text)
    {
        // One pass for what the regexes did per character (drop \s and quotes, widen parentheses); the 含/不含 aside
        // regex only runs when an aside can be there.
        var s = WithoutSpacesAndQuotes(text);
        return MayHoldAside(s) ? Aside().Replace(s, "") : s;
    }

    /// <summary>Whether <c>（含</c> or <c>（不含</c> is printed: one search for the parenthesis (most labels have none), not two.</summary>
    private static bool MayHoldAside(string s)
    {
        for (var at = s.IndexOf('（', StringComparison.Ordinal); at >= 0; at = s.IndexOf('（', at + 1))
        {
            if (at + 1 < s.Length && (s[at + 1] == '含' || (s[at + 1] == '不' && at + 2 < s.Length && s[at + 2] == '含')))
            {
                return true;
            }
        }

        return false;
    }

    private static string WithoutSpacesAndQuotes(string text)
    {
        var i = text.AsSpan().IndexOfAny(NormalizeChanges);
        if (i < 0)
        {
            return text;
        }

        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, i).CopyTo(buffer);
        var n = i;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (PrintedKey.IsDropped(c))
            {
                continue;
            }

            buffer[n++] = c switch
            {
                '(' => '（',
                ')' => '）',
                _ => c,
            };
        }

        return new string(buffer[..n]);
    }

    private static readonly SearchValues<char> NormalizeChanges = SearchValues.Create(PrintedKey.DroppedCharacters + "()");

    /// <summary>The label without ordinals, connectives, years and measure words: what is left names an item, if anything.</summary>
    public static string ItemName(string normalizedLabel)
    {
        var s = WithoutOrdinal(normalizedLabel);
        var previous = "";
        while (!string.Equals(previous, s, StringComparison.Ordinal))
        {
            previous = s;
            s = WithoutLeading(s);
            s = MayEndWithTrailing(s) ? Trailing().Replace(s, "") : s;
        }

        s = s.AsSpan().IndexOfAny('年', '末') >= 0 ? Years().Replace(s, "") : s;
        return s.Trim(ItemNameEdges);
    }

    // One array, not a params array per call (its initializer also allocated a field-info stub per call).
    private static readonly char[] ItemNameEdges = ['，', '、', '：', ':', '；', '（', '）', '.', '。'];

    /// <summary>Removes the 类/款/项 markers: <c>一般公共服务（类）支出</c> (seed 003, line 502) is 一般公共服务支出.</summary>
    public static string WithoutLevelMarkers(string normalizedLabel) =>
        HasMarkerEnd(normalizedLabel) ? LevelMarker().Replace(normalizedLabel, "") : normalizedLabel;

    // A marker ends in 类）, 款） or 项）: 项 alone is in most labels (项目支出) and would send them all to the regex.
    private static bool HasMarkerEnd(string s)
    {
        for (var at = s.Length > 1 ? s.IndexOf('）', 1) : -1; at > 0; at = s.IndexOf('）', at + 1))
        {
            if (s[at - 1] is '类' or '款' or '项')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strips a leading ordinal and connective so a clause's first words can be compared with topic phrases.</summary>
    public static string Head(string normalizedLabel) => WithoutLeading(WithoutOrdinal(normalizedLabel));

    // The anchored patterns below run per clause, several times each: a label whose first (or last) character starts
    // (or ends) none of their alternatives cannot match, and is returned without entering the regex engine. \d is any
    // Unicode decimal digit, as char.IsDigit; '$' also matches before a final '\n', so a label ending so is always tried.
    private static string WithoutOrdinal(string s) =>
        s.Length > 0 && (OrdinalStarts.Contains(s[0]) || char.IsDigit(s[0])) ? Ordinal().Replace(s, "") : s;

    private static string WithoutLeading(string s) =>
        s.Length > 0 && LeadingStarts.Contains(s[0]) ? Leading().Replace(s, "") : s;

    private static bool MayEndWithTrailing(string s) => s.Length > 0 && (TrailingEnds.Contains(s[^1]) || s[^1] == '\n');

    private static readonly SearchValues<char> OrdinalStarts = SearchValues.Create("第一二三四五六七八九十（");

    private static readonly SearchValues<char> LeadingStarts = SearchValues.Create("其主包用涉涵共合总为是均各：:，、本我截");

    private static readonly SearchValues<char> TrailingEnds = SearchValues.Create("数算额为的共约达计");

    [GeneratedRegex("（(?:不含|含)[^（）]{0,12}）")]
    private static partial Regex Aside();

    [GeneratedRegex(@"（\d{0,3}[类款项]）")]
    private static partial Regex LevelMarker();

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}[、.．](?!\d))")]
    private static partial Regex Ordinal();

    [GeneratedRegex("^(?:其中|主要包括|包括|主要用于|用于|涉及|涵盖|共计|共有|合计|总计|共|为|是|均为|各|：|:|，|、|本部门|我部门|本单位|我单位|截至|截止)")]
    private static partial Regex Leading();

    [GeneratedRegex("(?:年初预算数|年初预算|全年预算数|全年预算|调整预算|预算数|预算|决算数|支出决算|决算|执行数|总额|为|的|共|约|达|合计)$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"(?:20\d\d年度?|本年度?|当年|全年|上年度?|年初|年末|期末)")]
    private static partial Regex Years();
}
