using System.Text.RegularExpressions;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Etl.Reading;

/// <summary>
/// Lines that belong to the page, not to the document: page numbers (<c>- 22 -</c>, <c>—3—</c>, <c>第3页 共20页</c>,
/// <c>ii</c>) and running heads or footers (the same short line at the top or bottom of many pages,
/// <c>苏州市审计局 2026 年度部门预算公开</c>). The one home of that rule for both readers of a document: between two halves
/// of a table such a line must neither end the table nor become its title, and a sentence cut by a page break
/// (<c>…2025年</c> / <c>- 12 -</c> / <c>初预算为222.6万元</c> is 年初预算) continues across it.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>A running head has to repeat on this many pages before it is taken for page furniture.</summary>
    private const int MinPages = 3;

    /// <summary>The longest page number line (<c>第 12 页 共 120 页</c> with spaces).</summary>
    private const int MaxPageNumberLength = 24;

    /// <summary>The longest running head, as a key.</summary>
    private const int MaxRunningHead = 40;

    /// <summary>
    /// The page numbers and running heads of the lines (running heads only where lines carry a page). A bare number
    /// on a line without a page counts only when <paramref name="bareNumbersOffPage"/> (see <see cref="IsPageNumber"/>).
    /// </summary>
    public static HashSet<int> Find(IReadOnlyList<SourceLine> lines, bool bareNumbersOffPage)
    {
        var furniture = new HashSet<int>();
        var pagesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        // A span over the lines: every line is visited, and a page edge looks at its neighbours.
        var all = Items.Of(lines);
        for (var i = 0; i < all.Length; i++)
        {
            var line = all[i];
            var text = SingleText(line);
            if (text is null)
            {
                continue;
            }

            // Most single-text lines are prose: a key longer than any page number or running head is never built.
            if (KeyLengthOver(text, line.Page is null ? MaxPageNumberLength : Math.Max(MaxPageNumberLength, MaxRunningHead)))
            {
                continue;
            }

            var key = PrintedKey.Of(text);
            if (IsPageNumberKey(key, bareNumber: bareNumbersOffPage || line.Page is not null))
            {
                furniture.Add(line.Number);
                continue;
            }

            if (line.Page is { } page && key.Length is > 0 and <= MaxRunningHead && IsPageEdge(all, i) && MayRun(text, key))
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

        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Page is not null && SingleText(all[i]) is { } text && running.Contains(PrintedKey.Of(text)) && IsPageEdge(all, i))
            {
                furniture.Add(all[i].Number);
            }
        }

        return furniture;
    }

    /// <summary>Whether <see cref="PrintedKey.Of"/> of the text would be longer than <paramref name="limit"/>, without building it.</summary>
    private static bool KeyLengthOver(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return false;
        }

        var kept = 0;
        foreach (var c in text)
        {
            if (!PrintedKey.IsDropped(PrintedKey.Fold(c)) && ++kept > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A page number line; a bare number (<c>12</c>) counts only where <paramref name="bareNumber"/> says it may: on a
    /// paged document's line, or between table rows (a row always has a label), never in a text conversion's prose.
    /// </summary>
    public static bool IsPageNumber(string text, bool bareNumber) =>
        text.Length <= MaxPageNumberLength && IsPageNumberKey(PrintedKey.Of(text), bareNumber);

    private static bool IsPageNumberKey(string key, bool bareNumber) =>
        key.Length <= MaxPageNumberLength && PageNumber().IsMatch(key) && (bareNumber || !BareNumber().IsMatch(key));

    // A unit, entity or title line repeated over every table page states the table, not the page.
    private static bool MayRun(string text, string key) =>
        !key.Contains('表', StringComparison.Ordinal)
        && ZoneLine.Classify(text) is ZoneLineKind.Title or ZoneLineKind.Prose or ZoneLineKind.Meta;

    /// <summary>The text of a line with one non-empty cell (a grid row holding only a title counts), else null.</summary>
    public static string? SingleText(SourceLine line)
    {
        var cells = Items.Of(line.Cells);
        if (cells.Length == 1)
        {
            return cells[0];
        }

        string? only = null;
        foreach (var cell in cells)
        {
            if (BlankText.IsBlank(cell))
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
    private static bool IsPageEdge(ReadOnlySpan<SourceLine> lines, int i)
    {
        var page = lines[i].Page;
        return i < 2 || lines[i - 1].Page != page || lines[i - 2].Page != page
            || i >= lines.Length - 2 || lines[i + 1].Page != page || lines[i + 2].Page != page;
    }

    // On the key: spaces gone, full-width digits and dashes folded (－３－ is -3-).
    [GeneratedRegex(@"^(?:[-—–_~·•]*\d{1,4}[-—–_~·•]*|第\d{1,4}页(?:[,/]?共\d{1,4}页)?|\d{1,4}/\d{1,4}|[-—–]?[ivxlcIVXLC]{1,6}[-—–]?)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex BareNumber();
}
