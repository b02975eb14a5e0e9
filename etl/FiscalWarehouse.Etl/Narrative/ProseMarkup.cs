using System.Buffers;
using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Text;

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
        var replaced = text.AsSpan().ContainsAny(ReplacedStarts);
        text = replaced ? text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal) : text;
        text = text.Contains('#', StringComparison.Ordinal) ? HeadingMarks().Replace(text, "") : text;
        text = text.AsSpan().ContainsAny('-', '*', '•') ? Bullet().Replace(text, "") : text;
        text = replaced ? text.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace('\u00A0', ' ').Replace('\u3000', ' ') : text;
        return text.Trim();
    }

    // The replaced texts' first characters: a line with none (most) is searched once, not once per replacement.
    // Removing markup never adds one of them, so the one test holds for the later replacements too.
    private static readonly SearchValues<char> ReplacedStarts = SearchValues.Create("*_&\u00A0\u3000");

    /// <summary>
    /// Full-width digits, period and percent sign to ASCII as the printed-text key folds them (<see cref="PrintedKey.Fold"/>);
    /// only these, and one character for one, so offsets stay those of the stripped text and the prose keeps the
    /// punctuation its grammar reads.
    /// </summary>
    public static string NormalizeWidth(string text)
    {
        var at = text.AsSpan().IndexOfAny(NumericFullWidth);
        if (at < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, at), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (var i = state.at; i < chars.Length; i++)
            {
                if (NumericFullWidth.Contains(chars[i]))
                {
                    chars[i] = PrintedKey.Fold(chars[i]);
                }
            }
        });
    }

    private static readonly SearchValues<char> NumericFullWidth = SearchValues.Create("０１２３４５６７８９．％");

    [GeneratedRegex("<[^<>]{0,200}>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^\s*#{1,6}\s*")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"^\s*[-*•]\s+")]
    private static partial Regex Bullet();
}
