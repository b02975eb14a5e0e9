namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// Fixtures/sample-002-tables.pdf is seed 002's lines 57–400 (its 13 budget tables and the first narrative section)
/// printed by Chromium, one HTML cell per tab-separated cell (see make-pdf-fixtures.py). Reading the PDF must give
/// back the text version's cells line by line: the same input for recognition whatever the format.
/// </summary>
public sealed class PdfSampleRoundTripTests
{
    private const string SampleName = "shanxi-datong-materials-promotion-center-2023-unit-budget.txt";

    [Fact]
    public void Read_Seed002PrintedToPdf_GivesTheTextVersionsCellsLineByLine()
    {
        var expected = File.ReadAllLines(PdfTestFiles.Sample(SampleName))
            .Skip(56).Take(344)
            .Select(l => PdfTestFiles.Normalize(l.Split('\t')))
            .Where(cells => cells.Length > 0)
            .Select(cells => string.Join(" | ", cells))
            .ToList();

        var document = PdfTestFiles.Read(PdfTestFiles.Fixture("sample-002-tables.pdf"));
        var actual = document.Lines
            .Select(l => PdfTestFiles.Normalize(l.Cells))
            .Where(cells => cells.Length > 0)
            .Select(cells => string.Join(" | ", cells))
            .ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Read_Seed002PrintedToPdf_KeepsPageAndRunningLineNumbers()
    {
        var document = PdfTestFiles.Read(PdfTestFiles.Fixture("sample-002-tables.pdf"));

        Assert.Equal(Enumerable.Range(1, document.Lines.Count), document.Lines.Select(l => l.Number));
        Assert.All(document.Lines, l => Assert.True(l.Page >= 1 && l.LineOnPage >= 1));
        Assert.Equal(12, document.Lines.Max(l => l.Page));
        foreach (var page in document.Lines.GroupBy(l => l.Page))
        {
            Assert.Equal(Enumerable.Range(1, page.Count()), page.Select(l => l.LineOnPage!.Value));
        }

        // seed 002, line 74: 八、社会保障和就业支出 311.53 in the 收支总表, printed on the PDF's first page.
        var row = PdfTestFiles.Row(document, 0, "", "", "八、社会保障和就业支出");
        Assert.Equal(["", "", "八、社会保障和就业支出", "311.53", "311.53", ""], row.Cells);
        Assert.Equal("p1:15", row.RefIn("x.pdf").LineLabel);
    }
}
