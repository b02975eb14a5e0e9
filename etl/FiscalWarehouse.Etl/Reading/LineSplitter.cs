using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Reading;

/// <summary>
/// One text line → cells: markdown pipe rows, single-line HTML table rows, tab-separated text, or one prose cell.
/// Markup (HTML tags, entities, markdown headings, bold, bullets) is removed and cells are trimmed, so recognition sees
/// the same cells whatever conversion produced the text.
/// </summary>
internal static partial class LineSplitter
{
    public enum LineShape
    {
        Prose,
        Tabbed,
        Pipe,
        Html,
    }

    public static (IReadOnlyList<string> Cells, LineShape Shape, bool HadMarkup) Split(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return ([""], LineShape.Prose, false);
        }

        if (trimmed.Contains('<', StringComparison.Ordinal)
            && (trimmed.Contains("<td", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("<th", StringComparison.OrdinalIgnoreCase)))
        {
            var cells = HtmlCell().Matches(trimmed).Select(m => CleanCell(m.Groups[1].Value)).ToArray();
            if (cells.Length > 0)
            {
                return (cells, LineShape.Html, true);
            }
        }

        if (trimmed.Length >= 2 && trimmed[0] == '|' && trimmed.IndexOf('|', 1) > 0)
        {
            var inner = trimmed.EndsWith('|') ? trimmed[1..^1] : trimmed[1..];
            var parts = inner.Split('|');
            if (parts.All(p => IsRule(p)))
            {
                return (new string[parts.Length].Select(_ => "").ToArray(), LineShape.Pipe, true);
            }

            return (parts.Select(CleanCell).ToArray(), LineShape.Pipe, true);
        }

        if (line.Contains('\t', StringComparison.Ordinal))
        {
            var parts = line.Split('\t');
            if (parts.All(p => p.AsSpan().Trim().Length == 0 || IsRule(p)))
            {
                // A stray markdown rule converted to TSV ("------\t------"): a separator, not a row.
                return (parts.Select(_ => "").ToArray(), LineShape.Tabbed, true);
            }

            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = CleanCell(parts[i]);
            }

            return (parts, LineShape.Tabbed, HasMarkup(line));
        }

        var prose = trimmed;
        var markup = HasMarkup(prose);
        var heading = Heading().Match(prose);
        if (heading.Success)
        {
            prose = prose[heading.Length..];
            markup = true;
        }
        else if (prose.StartsWith("- ", StringComparison.Ordinal) || prose.StartsWith("* ", StringComparison.Ordinal))
        {
            prose = prose[2..];
            markup = true;
        }

        return ([CleanCell(prose)], LineShape.Prose, markup);
    }

    public static string CleanCell(string cell)
    {
        // Most cells hold no markup at all: only trim them.
        if (!cell.AsSpan().ContainsAny(MarkupStarts))
        {
            return cell.Trim(' ', '\t', '\u3000', '\u00A0', '\r', '\f', '\v');
        }

        var text = cell;
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = Tag().Replace(text, "");
        }

        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        }

        if (text.Contains("**", StringComparison.Ordinal))
        {
            text = text.Replace("**", "", StringComparison.Ordinal);
        }

        return text.Trim(' ', '\t', '\u3000', '\u00A0', '\r', '\f', '\v');
    }

    private static readonly SearchValues<char> MarkupStarts = SearchValues.Create("<&*");

    private static bool IsRule(string part)
    {
        var p = part.AsSpan().Trim();
        if (p.Length < 2)
        {
            return p.Length == 0 || p[0] is '-' or ':';
        }

        foreach (var c in p)
        {
            if (c is not ('-' or ':' or '='))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasMarkup(string text) =>
        text.Contains('<', StringComparison.Ordinal) && Tag().IsMatch(text);

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,300})?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<t[dh](?:\s[^<>]{0,300})?>(.*?)</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlCell();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex Heading();
}
