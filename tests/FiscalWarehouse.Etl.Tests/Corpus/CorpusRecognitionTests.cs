namespace FiscalWarehouse.Etl.Tests.Corpus;

/// <summary>
/// Every budget of the corpus: no table left generic, at least (tables its table of contents lists − 2) standard tables
/// recognized, and no table of a budget matched to a 决算 (final_*) id. The counts are the documents' own tables of
/// contents (page 2 of each).
/// </summary>
public sealed class CorpusRecognitionTests
{
    public static TheoryData<string, int> Budgets() => new()
    {
        { "guangdong-guangzhou-petitions-2026-department-budget.pdf", 12 },
        { "guangdong-guangzhou-statistics-2026-department-budget.pdf", 12 },
        { "jiangsu-suzhou-audit-2026-department-budget.pdf", 13 },
        { "jiangsu-suzhou-ecology-2026-unit-budget.pdf", 13 },
        { "jilin-changchun-petitions-2026-department-budget.pdf", 11 },
        { "shandong-yantai-audit-2026-department-budget.pdf", 12 },
        { "shandong-yantai-civil-affairs-2026-department-budget.pdf", 12 },
        { "shanghai-audit-2026-department-budget.pdf", 9 },
        { "shanghai-finance-2026-department-budget.pdf", 9 },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Recognize_Budget_HasNoGenericTableAndTheStandardTablesOfItsContents(string file, int tableOfContents)
    {
        var parsed = CorpusFiles.Parse(file);
        var tables = parsed.Report.Tables;

        var generic = tables.Where(t => t.CatalogId == FiscalWarehouse.Etl.Recognition.TableCatalog.GenericId).Select(t => $"{t.PrintedTitle} ({t.Source.LineLabel})").ToList();
        Assert.True(generic.Count == 0, $"{file}: generic tables: {string.Join("; ", generic)}");
        Assert.DoesNotContain(tables, t => t.CatalogId.StartsWith("final_", StringComparison.Ordinal));
        var standard = tables.Select(t => t.CatalogId).Distinct(StringComparer.Ordinal).Count();
        Assert.True(standard >= tableOfContents - 2, $"{file}: {standard} standard tables, its contents list {tableOfContents}");
    }
}
