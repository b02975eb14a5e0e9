using System.Globalization;
using System.Text;
using CsCheck;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Etl.Tests.Pdf;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Recognition;

/// <summary>
/// One reader of printed amounts (<see cref="CellParser"/>) for tables, 绩效 forms and narrative figures. The fixture
/// holds every cell and word of the five samples (2,727 texts) as the two readers it replaced classified them
/// (CellParser for tables, FormCells for forms, recorded before the merge); the merged reader must agree with both.
/// </summary>
public sealed class PrintedAmountTests
{
    private static readonly string[][] Recorded =
    [
        .. File.ReadAllLines(Path.Combine(PdfTestFiles.RepoRoot, "tests", "FiscalWarehouse.Etl.Tests", "Recognition", "Fixtures", "printed-amounts.tsv"))
            .Select(l => l.Split('\t')),
    ];

    [Fact]
    public void Parse_EverySampleText_AsTheTableReaderDid()
    {
        Assert.Equal(2727, Recorded.Length);
        Assert.All(Recorded, r => Assert.Equal($"{r[1]}|{r[2]}|{r[3]}", Show(CellParser.Parse(r[0]))));
    }

    [Fact]
    public void Parse_EverySampleText_AsTheFormReaderDid_ButDashRunsAreDashes()
    {
        var differ = Recorded.Where(r => $"{r[4]}|{r[5]}|{r[6]}" != Show(CellParser.Parse(r[0]))).ToList();

        // The forms' reader knew only —, ——, - and -- as dashes; runs of three or more (in the samples only the rule
        // under a markdown table's header, never a form cell) now read as dashes everywhere, as tables read them.
        Assert.Equal(["---", "----", "------"], differ.Select(r => r[0]));
        Assert.All(differ, r => Assert.Equal(("Text", "Dash"), (r[4], r[1])));
    }

    [Fact]
    public void Parse_PercentColumn_MarksABareNumberAsPercent()
    {
        // seed 001, line 763: an 执行率 column prints 95.53 without a sign.
        Assert.Equal(new CellValue("95.53", CellValueKind.Number, 95.53m, true), CellParser.Parse(" 95.53 ", percentColumn: true));
        Assert.Equal(new CellValue("95.53 %", CellValueKind.Number, 95.53m, true), CellParser.Parse("95.53 %"));
        Assert.Equal(CellValueKind.Dash, CellParser.Parse("— —").Kind);
    }

    [Fact]
    public void TryNumber_AnyAmountPrintedWithOrWithoutSeparatorsOrFullWidth_ReadsBackExactly()
    {
        Gen.Long[-99_999_999_999L, 99_999_999_999L].Select(Gen.Int[0, 3]).Sample((cents, style) =>
        {
            var amount = cents / 100m;
            var printed = style switch
            {
                0 => amount.ToString("0.00", CultureInfo.InvariantCulture),
                1 => amount.ToString("#,0.00", CultureInfo.InvariantCulture),
                2 => FullWidth(amount.ToString("#,0.00", CultureInfo.InvariantCulture)),
                _ => amount.ToString("0.00", CultureInfo.InvariantCulture) + "%",
            };

            Assert.True(CellParser.TryNumber(printed, out var value, out var percent), printed);
            Assert.Equal(amount, value);
            Assert.Equal(style == 3, percent);
            Assert.Equal(CellValueKind.Number, CellParser.Parse(printed).Kind);
        });
    }

    [Fact]
    public void TryNumber_BrokenGrouping_IsText()
    {
        Gen.Int[1, 999].Select(Gen.Int[1, 9999]).Where((_, tail) => tail is < 100 or > 999).Sample((head, tail) =>
        {
            var printed = string.Create(CultureInfo.InvariantCulture, $"{head},{tail}");
            Assert.Equal(CellValueKind.Text, CellParser.Parse(printed).Kind);
        });
    }

    private static string FullWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '0' and <= '9' => (char)('０' + (c - '0')),
                ',' => '，',
                '.' => '．',
                '-' => '－',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static string Show(CellValue v) => string.Create(CultureInfo.InvariantCulture, $"{v.Kind}|{v.Number}|{v.IsPercent}");
}
