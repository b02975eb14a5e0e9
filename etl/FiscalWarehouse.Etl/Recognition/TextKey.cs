using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// The one key of printed text for matching (headers, labels, titles, form cells, 功能分类 names): wrapped text carries
/// spaces ("上缴 上级 支出", fiscal-reports.md §5), quotes and bracket widths vary by template, so matching compares
/// keys, never printed strings. Brackets, colons and digits become half width.
/// </summary>
internal static partial class TextKey
{
    /// <summary>The characters <see cref="Of"/> drops or maps: most cells hold none, and then need no copy.</summary>
    private static readonly SearchValues<char> KeyChanges =
        SearchValues.Create(" \t\u3000\u00A0\r\n“”\"‘’'「」*（）：０１２３４５６７８９");

    public static string Of(string? text)
    {
        text ??= "";
        if (!text.AsSpan().ContainsAny(KeyChanges))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n':
                case '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '*':
                    break;
                case '（':
                    sb.Append('(');
                    break;
                case '）':
                    sb.Append(')');
                    break;
                case '：':
                    sb.Append(':');
                    break;
                case >= '０' and <= '９':
                    sb.Append((char)(c - '０' + '0'));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A title's key without year and numbering ("表一2024年预算收支总表" → "预算收支总表").</summary>
    public static string Title(string title)
    {
        var key = Of(title);
        key = TitleNumberPrefix().Replace(key, "");
        key = YearWords().Replace(key, "");
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

    public static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');

    [GeneratedRegex(@"^(?:附?表[一二三四五六七八九十\d]{1,3}|(?:部门|单位|预算|决算)?公开表?\d{1,3}表?|附件\d{1,2})")]
    private static partial Regex TitleNumberPrefix();

    [GeneratedRegex(@"\(?\d{4}年(?:度)?\)?")]
    private static partial Regex YearWords();
}
