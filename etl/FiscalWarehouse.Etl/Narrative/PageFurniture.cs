using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// The lines a page adds around the text: page numbers (<c>- 22 -</c>, <c>—3—</c>, <c>第3页 共20页</c>) and running
/// headers or footers repeated at the top or bottom of many pages (<c>苏州市审计局 2026 年度部门预算公开</c>). A sentence
/// cut by a page break continues across them (<c>…2025年</c> / <c>- 12 -</c> / <c>初预算为222.6万元</c> is 年初预算), so
/// prose reading skips them instead of joining them into the sentence.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Lines at each end of a page where a running header or footer is looked for.</summary>
    private const int EdgeLines = 2;

    /// <summary>The longest page number line (`第 12 页 共 120 页` with spaces).</summary>
    private const int MaxPageNumberLength = 24;

    /// <summary>A running header is printed on at least this many pages (and a quarter of them).</summary>
    private const int MinRepeats = 3;

    /// <summary>The page numbers and running headers or footers of a paged document (PDF); none for text formats.</summary>
    public static IReadOnlySet<int> Of(SourceDocument document)
    {
        var furniture = new HashSet<int>();
        if (document.Lines.Count == 0 || document.Lines[0].Page is null)
        {
            return furniture;
        }

        foreach (var line in document.Lines)
        {
            if (Single(line) is { } text && IsPageNumber(text, paged: true))
            {
                furniture.Add(line.Number);
            }
        }

        AddRunningLines(document, furniture);
        return furniture;
    }

    /// <summary>
    /// A page number line; a bare number counts only in a paged document (text conversions keep decorated page numbers
    /// such as <c>- 3 -</c> but a bare number there may be anything).
    /// </summary>
    public static bool IsPageNumber(string text, bool paged)
    {
        // Page numbers are short and carry a digit: prose lines are neither, and skip the regexes.
        if (text.Length > MaxPageNumberLength || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var key = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
        return DecoratedNumber().IsMatch(key) || (paged && BareNumber().IsMatch(key));
    }

    private static void AddRunningLines(SourceDocument document, HashSet<int> furniture)
    {
        var edges = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var pages = 0;
        foreach (var page in document.Lines.Where(l => l.Page is not null && !l.IsBlank).GroupBy(l => l.Page))
        {
            pages++;
            var lines = page.ToList();
            var atEdges = lines.Take(EdgeLines).Concat(lines.Skip(Math.Max(EdgeLines, lines.Count - EdgeLines)));
            foreach (var line in atEdges)
            {
                if (Single(line) is not { } text || furniture.Contains(line.Number))
                {
                    continue;
                }

                var key = Digits().Replace(text.Replace(" ", "", StringComparison.Ordinal), "#");
                if (!edges.TryGetValue(key, out var numbers))
                {
                    numbers = [];
                    edges[key] = numbers;
                }

                numbers.Add(line.Number);
            }
        }

        foreach (var numbers in edges.Values)
        {
            if (numbers.Count >= MinRepeats && numbers.Count * 4 >= pages)
            {
                furniture.UnionWith(numbers);
            }
        }
    }

    private static string? Single(SourceLine line)
    {
        string? single = null;
        foreach (var cell in line.Cells)
        {
            if (string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            if (single is not null)
            {
                return null;
            }

            single = cell.Trim();
        }

        return single;
    }

    [GeneratedRegex(@"^(?:[-—–－_~·•]+\d{1,4}[-—–－_~·•]+|第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?|\d{1,4}[/／]\d{1,4}|[-—–－]\d{1,4}|\d{1,4}[-—–－])$")]
    private static partial Regex DecoratedNumber();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
