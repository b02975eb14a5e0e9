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
        // The trimmed line as a span: table rows (most lines) are split from it without copying the line first.
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length == 0)
        {
            return (new[] { "" }, LineShape.Prose, false);
        }

        if (trimmed.Contains('<')
            && (trimmed.Contains("<td", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("<th", StringComparison.OrdinalIgnoreCase)))
        {
            var cells = HtmlCells.Inner(trimmed.ToString()).Select(CleanCell).ToArray();
            if (cells.Length > 0)
            {
                return (cells, LineShape.Html, true);
            }
        }

        if (trimmed.Length >= 2 && trimmed[0] == '|' && trimmed[1..].Contains('|'))
        {
            var inner = trimmed[^1] == '|' ? trimmed[1..^1] : trimmed[1..];
            return (SplitCells(inner, '|', out _), LineShape.Pipe, true);
        }

        if (line.Contains('\t', StringComparison.Ordinal))
        {
            // A stray markdown rule converted to TSV ("------\t------") is a separator, not a row: its cells are all blank.
            var parts = SplitCells(line, '\t', out var allRules);
            return (parts, LineShape.Tabbed, allRules || HasMarkup(line));
        }

        // Most prose lines have nothing to trim: the line itself is the cell's text then, not a copy of it.
        var prose = trimmed.Length == line.Length ? line : trimmed.ToString();
        var markup = HasMarkup(prose);
        // The heading pattern is anchored on '#': the regex runs only on lines that start with one.
        var heading = prose.Length > 0 && prose[0] == '#' ? Heading().Match(prose) : null;
        if (heading is { Success: true })
        {
            prose = prose[heading.Length..];
            markup = true;
        }
        else if (prose.StartsWith("- ", StringComparison.Ordinal) || prose.StartsWith("* ", StringComparison.Ordinal))
        {
            prose = prose[2..];
            markup = true;
        }

        // Cells are always a string[] here (not a collection expression's own list type): every reader of cells then
        // calls one implementation of IReadOnlyList, which the JIT dispatches without a polymorphic lookup.
        return (new[] { CleanCell(prose) }, LineShape.Prose, markup);
    }

    /// <summary>
    /// The cells between separators, cleaned; all blank when every cell is a markdown rule (|---|:--|). The same cells
    /// as string.Split then <see cref="CleanCell"/>, without the intermediate strings.
    /// </summary>
    private static string[] SplitCells(ReadOnlySpan<char> text, char separator, out bool allRules)
    {
        var cells = new string[text.Count(separator) + 1];
        // Stored through a span: one array type check here instead of a covariance check per cell store.
        var slots = cells.AsSpan();
        // Most rows hold no markup character at all: one search of the row spares a search of each of its cells.
        var markup = text.ContainsAny(MarkupStarts);
        allRules = true;
        var rest = text;
        for (var i = 0; i < slots.Length; i++)
        {
            var end = rest.IndexOf(separator);
            var piece = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            // Once one cell is not a rule the row is not a separator: the remaining cells are not tested.
            allRules = allRules && IsRule(piece);
            slots[i] = markup && piece.ContainsAny(MarkupStarts) ? CleanCell(piece.ToString()) : new string(TrimCell(piece));
        }

        if (allRules)
        {
            slots.Fill("");
        }

        return cells;
    }

    public static string CleanCell(string cell)
    {
        // Most cells hold no markup at all: only trim them.
        if (!cell.AsSpan().ContainsAny(MarkupStarts))
        {
            return cell.Trim(CellTrim);
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

        return text.Trim(CellTrim);
    }

    private static readonly SearchValues<char> MarkupStarts = SearchValues.Create("<&*");

    private static readonly char[] CellTrim = [' ', '\t', '\u3000', '\u00A0', '\r', '\f', '\v'];

    /// <summary>The span trimmed of <see cref="CellTrim"/>: a test per end character instead of a scan of the set.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> TrimCell(ReadOnlySpan<char> piece)
    {
        int start = 0, end = piece.Length;
        while (start < end && IsCellTrim(piece[start]))
        {
            start++;
        }

        while (end > start && IsCellTrim(piece[end - 1]))
        {
            end--;
        }

        return piece[start..end];
    }

    // Inlined, and settled by one range test for printable ASCII and ideographs, the ends of nearly every cell.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsCellTrim(char c) =>
        c is not ((> ' ' and < '\u00A0') or > '\u3000') && c is ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\f' or '\v';

    private static bool IsRule(ReadOnlySpan<char> part)
    {
        // Decided on the first character when it is neither a rule character nor possibly whitespace (an ideograph,
        // a digit, a letter): the whitespace trim looks up the Unicode category of every non-ASCII first character.
        if (part.Length > 0 && part[0] is not ('-' or ':' or '=') && (part[0] > '\u3000' || part[0] is > ' ' and < '\u0080'))
        {
            return false;
        }

        var p = part.Trim();
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

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex Heading();
}
