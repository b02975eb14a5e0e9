using System.Text;
using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Etl.Tests.Pdf;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Recognition;

/// <summary>
/// <see cref="TableRow.Indent"/>: the indentation printed before a row's label, as levels within its table. None of the
/// five samples (nor the shared PDF) indents a label, so they must read 0 everywhere; the indented variants are the
/// samples' own lines with indentation added the way other templates print it (U+3000, spaces, &amp;nbsp;, a PDF x-offset).
/// </summary>
public sealed class IndentTests
{
    private static readonly ReportParser Parser = new();

    private static string[] Lines(string sample) => Encoding.UTF8.GetString(SampleReports.Bytes(sample)).Split('\n');

    private static ParsedReport Parse(string[] lines) =>
        Parser.Parse("indented.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)), TestContext.Current.CancellationToken);

    private static TableRow Row(ParsedReport parsed, string table, string codeOrLabel) =>
        parsed.Report.Tables.First(t => t.CatalogId == table).Rows.Single(r => r.Code == codeOrLabel || (r.Code is null && r.Label == codeOrLabel));

    /// <summary>Prefixes the cell <paramref name="column"/> of a tab-separated line.</summary>
    private static string Indent(string line, int column, string prefix)
    {
        var cells = line.Split('\t');
        cells[column] = prefix + cells[column];
        return string.Join('\t', cells);
    }

    [Theory]
    [InlineData(SampleReports.Seed000)]
    [InlineData(SampleReports.Seed001)]
    [InlineData(SampleReports.Seed002)]
    [InlineData(SampleReports.Seed003)]
    [InlineData(SampleReports.Seed004)]
    public void Samples_PrintNoIndentation_SoEveryRowIsLevel0(string sample)
    {
        var rows = SampleReports.Parse(sample).Report.Tables.Where(t => !t.CatalogId.StartsWith("perf_", StringComparison.Ordinal)).SelectMany(t => t.Rows).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(0, r.Indent));
    }

    [Fact]
    public void FullWidthSpaces_InTsvNameCells_GiveLevels_BesideTheCodeLevel()
    {
        // Seed 000 支出决算表 (lines 152–167) with its names indented one U+3000 per level below 类:
        // 201 一般公共服务支出 (line 153) / 20113 商贸事务 (154) / 2011350 事业运行 (155).
        var lines = Lines(SampleReports.Seed000);
        for (var n = 153; n <= 167; n++)
        {
            var code = lines[n - 1].Split('\t')[0];
            lines[n - 1] = Indent(lines[n - 1], 1, new string('\u3000', (code.Length - 3) / 2));
        }

        var parsed = Parse(lines);
        var @class = Row(parsed, "final_expenditure", "201");
        Assert.Equal((0, SubjectLevel.Class), (@class.Indent, @class.Level));
        var section = Row(parsed, "final_expenditure", "20113");
        Assert.Equal((1, SubjectLevel.Section), (section.Indent, section.Level));
        var item = Row(parsed, "final_expenditure", "2011350");
        Assert.Equal((2, SubjectLevel.Item), (item.Indent, item.Level));
        Assert.Equal("事业运行", item.Label);
        Assert.Equal(116.18m, item.Cells[0].Value.Number);
        Assert.Equal(0, Row(parsed, "final_expenditure", "合计").Indent);
        // The other tables keep 0: indentation is measured per table.
        Assert.Equal(0, Row(parsed, "final_income", "20113").Indent);
    }

    [Fact]
    public void LeadingSpaces_OnNamesOnlyRows_AreTheOnlyHierarchy()
    {
        // Seed 002 分经济科目表 (lines 250–271) prints names only; a template indenting items two spaces under their
        // 类 (工资福利支出, line 251) shows the hierarchy the codes would: items level 1, 类 and 合计 level 0.
        var lines = Lines(SampleReports.Seed002);
        for (var n = 252; n <= 271; n++)
        {
            if (lines[n - 1].Split('\t')[1].Length > 0)
            {
                lines[n - 1] = Indent(lines[n - 1], 0, "  ");
            }
        }

        var parsed = Parse(lines);
        Assert.Equal(0, Row(parsed, "budget_basic_by_economic", "工资福利支出").Indent);
        Assert.Equal(1, Row(parsed, "budget_basic_by_economic", "基本工资").Indent);
        Assert.Equal(1, Row(parsed, "budget_basic_by_economic", "奖励金").Indent);
        Assert.Equal(0, Row(parsed, "budget_basic_by_economic", "对个人和家庭的补助").Indent);
        Assert.Equal(0, Row(parsed, "budget_basic_by_economic", "合计").Indent);
        Assert.Equal(110.84m, Row(parsed, "budget_basic_by_economic", "基本工资").Cells.First(c => c.Value.Number is not null).Value.Number);
    }

    [Fact]
    public void NbspEntities_InMarkdownCells_GiveLevels()
    {
        // Seed 004 支出总表 (lines 169–175): "| 20103 | 政府办公厅（室）及相关机构事务 |" with &nbsp;&nbsp; per level.
        var lines = Lines(SampleReports.Seed004);
        for (var n = 170; n <= 175; n++)
        {
            var cells = lines[n - 1].Split('|');
            var level = (cells[1].Trim().Length - 3) / 2;
            cells[2] = " " + string.Concat(Enumerable.Repeat("&nbsp;&nbsp;", level)) + cells[2].TrimStart();
            lines[n - 1] = string.Join('|', cells);
        }

        var parsed = Parse(lines);
        Assert.Equal(0, Row(parsed, "budget_expenditure_total", "201").Indent);
        Assert.Equal(1, Row(parsed, "budget_expenditure_total", "20103").Indent);
        var item = Row(parsed, "budget_expenditure_total", "2010399");
        Assert.Equal(2, item.Indent);
        Assert.Equal("其他政府办公厅（室）及相关机构事务支出", item.Label);
        Assert.Equal(0, Row(parsed, "budget_expenditure_total", "合计").Indent);
    }

    [Fact]
    public void LeadingWhitespace_InHtmlCells_GivesLevels()
    {
        // Seed 002 三公 预算 table (lines 337–342) as one HTML row per line: ①/② sub-items under 公务用车购置及运行费
        // printed with a full-width space inside <td>, as an HTML export keeps it.
        var lines = Lines(SampleReports.Seed002);
        for (var n = 335; n <= 342; n++)
        {
            var cells = lines[n - 1].Split('\t');
            if (cells[0].StartsWith('①') || cells[0].StartsWith('②'))
            {
                cells[0] = "\u3000" + cells[0];
            }

            lines[n - 1] = "<tr>" + string.Concat(cells.Select(c => $"<td>{c}</td>")) + "</tr>";
        }

        var parsed = Parse(lines);
        Assert.Equal(0, Row(parsed, "budget_three_public", "公务用车购置及运行费").Indent);
        var operation = Row(parsed, "budget_three_public", "②公务用车运行维护费");
        Assert.Equal(1, operation.Indent);
        Assert.Equal(3.20m, operation.Cells[0].Value.Number);
        Assert.Equal(0, Row(parsed, "budget_three_public", "合计").Indent);
    }

    [Fact]
    public void PdfGridCells_IndentIsTheFirstWordsOffsetInHalfEms_AndCentredTextIsNotIndented()
    {
        // A ruled table as a WPS export draws it: borders at x = 50 | 200 | 300, rows 20 pt high, 10 pt type.
        Ruling[] rulings =
        [
            new(true, 100, 50, 300), new(true, 120, 50, 300), new(true, 140, 50, 300), new(true, 160, 50, 300), new(true, 180, 50, 300),
            new(false, 50, 100, 180), new(false, 200, 100, 180), new(false, 300, 100, 180),
        ];
        var grid = Assert.Single(TableGrid.Find(rulings));
        PdfWord[] words =
        [
            new(52, 105, 102, 115, "工资福利支出"), new(250, 105, 290, 115, "19.81"), // 2 pt padding: level 0
            new(62, 125, 102, 135, "基本工资"), new(250, 125, 290, 135, "2.49"),       // one em further: 2 half-ems
            new(72, 145, 112, 155, "岗位工资"), new(250, 145, 290, 155, "1.20"),       // two ems
            new(115, 165, 135, 175, "合计"), new(250, 165, 290, 175, "19.81"),          // centred in its cell
        ];
        var rows = grid.Rows(words);
        Assert.Equal([0, 2, 4, -1], rows.Select(r => r.Indents[0]));
        Assert.Equal([0, 1, 2, 0], PrintedIndent.Levels([.. rows.Select(r => r.Indents[0])], [0, 0, 0, 0]));
    }

    [Fact]
    public void SharedPdf_PrintsNoIndentation_SoEveryRowIsLevel0()
    {
        var parsed = Parser.Parse(PdfTestFiles.ReadShared(), TestContext.Current.CancellationToken);
        var rows = parsed.Report.Tables.SelectMany(t => t.Rows).ToList();
        Assert.True(rows.Count > 50, $"{rows.Count} rows");
        Assert.All(rows, r => Assert.Equal(0, r.Indent));
    }
}
