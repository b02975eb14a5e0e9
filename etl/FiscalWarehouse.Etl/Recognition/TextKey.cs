using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Recognition's text helpers on top of the one comparison key of printed text (<see cref="PrintedKey"/>, in Model):
/// <see cref="Of"/> is that key; <see cref="Title"/> also strips a title's numbering and year.
/// </summary>
internal static partial class TextKey
{
    public static string Of(string? text) => PrintedKey.Of(text);

    /// <summary>A title's key without year and numbering ("表一2024年预算收支总表" → "预算收支总表").</summary>
    public static string Title(string title)
    {
        // Both patterns need a character that most keys lack (a numbering word first, a 年): tested before the engine runs.
        var key = Of(title);
        key = key.Length > 0 && NumberingStarts.Contains(key[0]) ? TitleNumberPrefix().Replace(key, "") : key;
        key = key.Contains('年', StringComparison.Ordinal) ? YearWords().Replace(key, "") : key;
        return key;
    }

    /// <summary>Removes spaces between CJK characters (a wrap artifact) but keeps spaces between other words.</summary>
    public static string Unwrap(string text)
    {
        if (!text.Contains(' ', StringComparison.Ordinal) && !text.Contains('\u3000', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\u3000')
            {
                var prev = sb.Length > 0 ? sb[^1] : ' ';
                var j = i;
                while (j < text.Length && text[j] is ' ' or '\u3000')
                {
                    j++;
                }

                var next = j < text.Length ? text[j] : ' ';
                if (IsCjk(prev) || IsCjk(next))
                {
                    i = j - 1;
                    continue;
                }

                sb.Append(' ');
                i = j - 1;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static readonly SearchValues<char> NumberingStarts = SearchValues.Create("附表部单预决公");

    public static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');

    // A numbering's digits stop where a year begins: "表12024年" is 表1 + 2024年 and "附件22024年" (附件2 2024年 with the
    // space dropped) is 附件2 + 2024年; Chinese numerals and digits are not mixed, so "表一2024年" keeps its whole year.
    [GeneratedRegex(@"^(?:附?表(?:[一二三四五六七八九十]{1,3}|\d{1,3}(?=\d{4}年|\D|$))|(?:部门|单位|预算|决算)?公开表?\d{1,3}(?=\d{4}年|\D|$)表?|附件\d{1,2}(?=\d{4}年|\D|$))")]
    private static partial Regex TitleNumberPrefix();

    [GeneratedRegex(@"\(?\d{4}年(?:度)?\)?")]
    private static partial Regex YearWords();
}
