namespace FiscalWarehouse.Etl.Tests.Corpus;

/// <summary>
/// Values read by hand off the pages of the nine corpus budgets (pdftotext -layout and the rendered page), pinned with
/// their page in golden-values.tsv: each must come out of its table, under its row (code and/or label) and column,
/// on that page. Blank expected values are cells the page prints empty (blank is not zero).
/// </summary>
public sealed class CorpusGoldenValuesTests
{
    public static TheoryData<string> Documents() => [.. GoldenValue.All().Select(g => g.File).Distinct(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_EveryGoldenValue_IsUnderItsRowAndColumnOnItsPage(string file)
    {
        var golden = GoldenValue.All().Where(g => g.File == file).ToList();
        Assert.True(golden.Count >= 15, $"{file}: only {golden.Count} golden values");
        var report = CorpusFiles.Parse(file).Report;
        var cells = (from table in report.Tables
                     from row in table.Rows
                     from cell in row.Cells
                     select (Table: table.CatalogId, Code: row.Code ?? "", Label: Key(row.Label), Column: Key(table.Columns[cell.ColumnIndex].Path),
                         Value: cell.Value.ContractText, Page: cell.Source.Page)).ToList();
        var missing = new List<string>();
        foreach (var g in golden)
        {
            var found = cells.Where(c => c.Table == g.Table && c.Page == g.Page && c.Column == Key(g.Column)
                && (g.Code.Length == 0 || c.Code == g.Code) && (g.Label.Length == 0 || c.Label == Key(g.Label))).ToList();
            if (!found.Any(c => c.Value == g.Value))
            {
                missing.Add($"p{g.Page} {g.Table} [{g.Code}|{g.Label}] '{g.Column}': expected '{g.Value}', read [{string.Join(", ", found.Select(c => c.Value))}] ({g.Note})");
            }
        }

        Assert.True(missing.Count == 0, $"{file}:\n" + string.Join("\n", missing));
    }

    private static string Key(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

internal sealed record GoldenValue(string File, int Page, string Table, string Code, string Label, string Column, string Value, string Note)
{
    private static readonly Lazy<List<GoldenValue>> Values = new(Load);

    public static IReadOnlyList<GoldenValue> All() => Values.Value;

    private static List<GoldenValue> Load()
    {
        var path = Path.Combine(Pdf.PdfTestFiles.RepoRoot, "tests", "FiscalWarehouse.Etl.Tests", "Corpus", "golden-values.tsv");
        return [.. System.IO.File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("file\t", StringComparison.Ordinal)).Select(l =>
        {
            var f = l.Split('\t');
            return new GoldenValue(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2], f[3], f[4], f[5], f[6], f.Length > 7 ? f[7] : "");
        })];
    }
}
