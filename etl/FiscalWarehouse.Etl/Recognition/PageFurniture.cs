using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Lines that belong to the page, not to the document: page numbers ("- 3 -", "—7—", "第 3 页") and running heads or
/// footers (the same short line at the top or bottom of many pages, "XX局 2026 年度部门预算公开"). Between two halves of
/// a table they must neither end it nor become its title.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>A running head has to repeat on this many pages before it is taken for page furniture.</summary>
    private const int MinPages = 3;

    public static HashSet<int> Find(IReadOnlyList<SourceLine> lines)
    {
        var furniture = new HashSet<int>();
        var pagesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = SingleText(line);
            if (text is null)
            {
                continue;
            }

            var key = TextKey.Of(text);
            if (IsPageNumber(key))
            {
                furniture.Add(line.Number);
                continue;
            }

            if (line.Page is { } page && key.Length is > 0 and <= 40 && IsPageEdge(lines, i) && MayRun(text, key))
            {
                if (!pagesByKey.TryGetValue(key, out var pages))
                {
                    pagesByKey[key] = pages = [];
                }

                pages.Add(page);
            }
        }

        var running = pagesByKey.Where(p => p.Value.Count >= MinPages).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        if (running.Count == 0)
        {
            return furniture;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Page is not null && SingleText(lines[i]) is { } text && running.Contains(TextKey.Of(text)) && IsPageEdge(lines, i))
            {
                furniture.Add(lines[i].Number);
            }
        }

        return furniture;
    }

    // A unit, entity or title line repeated over every table page states the table, not the page.
    private static bool MayRun(string text, string key) =>
        !key.Contains('表', StringComparison.Ordinal)
        && ZoneLine.Classify(text) is ZoneLineKind.Title or ZoneLineKind.Prose or ZoneLineKind.Meta;

    public static bool IsPageNumber(string key) => PageNumber().IsMatch(key);

    /// <summary>The text of a line with one non-empty cell (a grid row holding only a title counts), else null.</summary>
    public static string? SingleText(SourceLine line)
    {
        if (line.Cells.Count == 1)
        {
            return line.Cells[0];
        }

        string? only = null;
        foreach (var cell in line.Cells)
        {
            if (string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = cell;
        }

        return only;
    }

    // First two or last two lines of its page (a head may sit above a page number or below a logo line).
    private static bool IsPageEdge(IReadOnlyList<SourceLine> lines, int i)
    {
        var page = lines[i].Page;
        return i < 2 || lines[i - 1].Page != page || lines[i - 2].Page != page
            || i >= lines.Count - 2 || lines[i + 1].Page != page || lines[i + 2].Page != page;
    }

    [GeneratedRegex(@"^(?:[-—–－_·]*\d{1,4}[-—–－_·]*|第\d{1,4}页(?:/?共\d{1,4}页)?|\d{1,4}/\d{1,4}|[-—–－]?[ivxlcIVXLC]{1,6}[-—–－]?)$")]
    private static partial Regex PageNumber();
}
