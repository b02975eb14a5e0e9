using FiscalWarehouse.Etl.PerformanceForms;
using FiscalWarehouse.Etl.Tests.Narrative;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Performance;

/// <summary>Reads sample forms the way the parser hands them over: title line to the line before the next title.</summary>
internal static class PerformanceForms
{
    public static ReportTable Read(int seed, int from, int to, string catalogId)
    {
        var document = SampleText.Seed(seed);
        var lines = SampleText.Range(document, from, to);
        return new PerformanceTableReader().Read(catalogId, lines[0].Text, lines, document.FileName);
    }

    /// <summary>
    /// The self-evaluation forms of seed 001: a title (often truncated) followed by a (2023年度) line, or with the year on
    /// the title line itself (line 1084). A test-side locator, standing in for recognition.
    /// </summary>
    public static IReadOnlyList<(int From, int To)> Seed001Forms()
    {
        var document = SampleText.Seed(1);
        var starts = new List<int>();
        foreach (var line in document.Lines.Where(l => l.Number > 700))
        {
            if (!line.Text.Contains("(2023年度)", StringComparison.Ordinal))
            {
                continue;
            }

            starts.Add(line.Text.Trim() == "(2023年度)" ? PreviousNonBlank(document, line.Number) : line.Number);
        }

        return [.. starts.Select((s, i) => (s, i + 1 < starts.Count ? starts[i + 1] - 1 : document.Lines[^1].Number))];
    }

    public static TableRow Row(ReportTable table, int line, string? label = null) =>
        Assert.Single(table.Rows, r => r.Source.Line == line && (label is null || r.Label == label));

    public static CellValue Cell(ReportTable table, TableRow row, params string[] headerEnd)
    {
        var column = Assert.Single(Enumerable.Range(0, table.Columns.Count),
            i => table.Columns[i].HeaderPath.TakeLast(headerEnd.Length).SequenceEqual(headerEnd, StringComparer.Ordinal));
        return Assert.Single(row.Cells, c => c.ColumnIndex == column).Value;
    }

    public static CellValue Measure(ReportTable table, TableRow row, string measure) =>
        Assert.Single(row.Cells, c => table.Columns[c.ColumnIndex].Meaning.Measure == measure).Value;

    private static int PreviousNonBlank(SourceDocument document, int number)
    {
        for (var n = number - 1; n > 0; n--)
        {
            if (!document.Lines[n - 1].IsBlank)
            {
                return n;
            }
        }

        return number;
    }
}
