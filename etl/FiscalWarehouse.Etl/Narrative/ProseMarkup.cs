using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// Removes the markup the text conversions leave in prose (fiscal-reports.md §5: <c>&lt;b&gt;</c>, <c>&lt;p&gt;</c>,
/// <c>## **…**</c>, bullets <c>- </c>) and normalizes full-width digits and signs one character for one, so offsets in
/// the normalized text are offsets in the stripped text.
/// </summary>
internal static partial class ProseMarkup
{
    public static string Strip(string raw)
    {
        // Each pattern needs its mark character: most prose lines have none, and skip the regex scans (every line runs this).
        var text = raw.Contains('<', StringComparison.Ordinal) ? HtmlTag().Replace(raw, "") : raw;
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        text = text.Contains('#', StringComparison.Ordinal) ? HeadingMarks().Replace(text, "") : text;
        text = text.AsSpan().ContainsAny('-', '*', '•') ? Bullet().Replace(text, "") : text;
        text = text.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace('\u00A0', ' ').Replace('\u3000', ' ');
        return text.Trim();
    }

    /// <summary>Full-width digits, period and percent sign to ASCII; same length as the input.</summary>
    public static string NormalizeWidth(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '０' and <= '９')
            {
                chars[i] = (char)('0' + (c - '０'));
            }
            else if (c == '．')
            {
                chars[i] = '.';
            }
            else if (c == '％')
            {
                chars[i] = '%';
            }
        }

        return new string(chars);
    }

    [GeneratedRegex("<[^<>]{0,200}>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^\s*#{1,6}\s*")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"^\s*[-*•]\s+")]
    private static partial Regex Bullet();
}
