using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Why a table stayed generic, in words a maintainer can act on: the catalog entry that came closest (most of its
/// title or header keywords present, in the document's phase), the keywords it still lacked, and what the rows showed
/// (function 2xx or economic 3xx/5xx codes). A new template is then a catalog edit, not a hunt through the code.
/// </summary>
internal static class MissingEvidence
{
    public static string Describe(TableCatalog catalog, string titleKey, string contentKey, ReportPhase phase, IReadOnlyList<SourceLine> block)
    {
        CatalogEntry? closest = null;
        var best = 0.0;
        List<string> missing = [];
        foreach (var entry in catalog.Entries)
        {
            if (entry.IsPerformance || !TableCatalog.PhaseFits(entry, phase))
            {
                continue;
            }

            var titleHits = entry.TitleAll.Count(k => Present(titleKey, k));
            var contentHits = entry.ContentAll.Count(k => Present(contentKey, k));
            // The share of an entry's keywords present, so an entry of two keywords with one present beats one of three.
            var weight = entry.TitleAll.Count * 2 + entry.ContentAll.Count;
            var hits = weight == 0 ? 0.0 : (titleHits * 2 + contentHits) / (double)weight;
            if (hits > best)
            {
                best = hits;
                closest = entry;
                missing = [.. entry.TitleAll.Where(k => !Present(titleKey, k)).Select(k => "title " + k),
                    .. entry.ContentAll.Where(k => !Present(contentKey, k)).Select(k => "header " + k)];
            }
        }

        var (function, economic) = CodeKinds(block);
        var nearest = closest is null
            ? "no catalog entry shares a title or header keyword"
            : $"closest {closest.Id} ({closest.Name}) lacks {(missing.Count == 0 ? "nothing but is excluded by a title_none or content_none word" : string.Join(", ", missing))}";
        return $"{nearest}; rows: {function} function-code rows, {economic} economic-code rows; phase {PhaseText(phase)}";
    }

    private static bool Present(string key, string keyword) =>
        key.Length > 0 && keyword.Split('|').Any(a => a.Length > 0 && key.Contains(a, StringComparison.Ordinal));

    /// <summary>Rows whose first cell is a subject code: 2xx…(3, 5 or 7 digits) function codes, 3xx/5xx economic codes.</summary>
    private static (int Function, int Economic) CodeKinds(IReadOnlyList<SourceLine> block)
    {
        var function = 0;
        var economic = 0;
        foreach (var line in block)
        {
            var first = line.Cells.Count > 0 ? line.Cells[0].Trim() : "";
            var digits = first.Length;
            while (digits > 0 && !char.IsAsciiDigit(first[digits - 1]))
            {
                digits--;
            }

            var code = first.AsSpan(0, digits);
            if (code.Length < 3 || code.ContainsAnyExcept("0123456789"))
            {
                continue;
            }

            if (code[0] == '2' && code.Length is 3 or 5 or 7)
            {
                function++;
            }
            else if (code[0] is '3' or '5' && code.Length is 3 or 5)
            {
                economic++;
            }
        }

        return (function, economic);
    }

    private static string PhaseText(ReportPhase phase) => phase switch
    {
        ReportPhase.Budget => "预算",
        ReportPhase.FinalAccount => "决算",
        _ => "unknown",
    };
}
