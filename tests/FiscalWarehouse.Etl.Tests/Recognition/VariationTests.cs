using System.Globalization;
using System.Text;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Recognition;

/// <summary>
/// Variants of seed 000's tables that other templates print (codes split into 类/款/项 columns, 元 instead of 万元, another
/// numbering, a page break with a repeated header, markdown instead of TSV) read to the same facts.
/// </summary>
public sealed class VariationTests
{
    private static readonly string[] Original = Encoding.UTF8.GetString(SampleReports.Bytes(SampleReports.Seed000)).Split('\n');

    private static List<Fact> FactsOf(string[] lines, string table) =>
        Fact.Of(new ReportParser().Parse("variant.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)), TestContext.Current.CancellationToken).Report,
            t => t.CatalogId == table);

    private static List<Fact> Baseline(string table) => FactsOf(Original, table);

    private static string[] Edit(Func<int, string, string> edit) => Original.Select((l, i) => edit(i + 1, l)).ToArray();

    [Fact]
    public void CodesSplitIntoClassSectionItemColumns_ReadToTheSameFacts()
    {
        // 收入决算表, lines 117–135: the 科目代码 column becomes three columns 类 | 款 | 项.
        var lines = Edit((n, l) => n switch
        {
            117 or 119 or 120 => l.Insert(l.IndexOf('\t', StringComparison.Ordinal), "\t\t"),
            118 => l.Replace("科目代码", "类\t款\t项", StringComparison.Ordinal),
            >= 121 and <= 135 => SplitCode(l),
            _ => l,
        });
        var expected = Baseline("final_income");
        Assert.Equal(112, expected.Count); // 16 rows × 7 columns, blanks included
        Assert.Equal(expected, FactsOf(lines, "final_income"));
    }

    [Fact]
    public void CodeGluedToTheName_ReadsToTheSameFacts()
    {
        // One 科目编码及名称 column holding "2011350事业运行" instead of two columns.
        var lines = Edit((n, l) => n switch
        {
            118 => l.Replace("科目代码\t科目名称", "科目编码及名称", StringComparison.Ordinal),
            117 or (>= 119 and <= 135) => l.Remove(l.IndexOf('\t', StringComparison.Ordinal), 1),
            _ => l,
        });
        var glued = FactsOf(lines, "final_income");
        Assert.Equal(Baseline("final_income").Select(f => (f.Code, f.Label, f.Value)), glued.Select(f => (f.Code, f.Label, f.Value)));
    }

    [Fact]
    public void YuanInsteadOfTenThousandYuan_ReadsToTheSameAmounts()
    {
        var lines = Edit((n, l) => n switch
        {
            115 => "金额单位：元",
            >= 120 and <= 135 => string.Join('\t', l.Split('\t').Select((c, i) => i >= 2 && decimal.TryParse(c, CultureInfo.InvariantCulture, out var v)
                ? (v * 10_000m).ToString("#,##0.00", CultureInfo.InvariantCulture) : c)),
            _ => l,
        });
        var facts = FactsOf(lines, "final_income");
        Assert.Contains(facts, f => f.Value == "2182300.00" && f.Label == "合计");
        Assert.Equal(Baseline("final_income").Select(f => f.InYuan()), facts.Select(f => f.InYuan()));
    }

    [Fact]
    public void TitleNumberedDifferently_IsRecognizedAsTheSameTable()
    {
        var lines = Edit((n, l) => n switch
        {
            107 => "表二 2023年度收入决算表",
            109 => "附表3",
            _ => l,
        });
        var report = new ReportParser().Parse("variant.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)), TestContext.Current.CancellationToken).Report;
        Assert.Equal("附表3", report.Tables.Single(t => t.CatalogId == "final_income").PrintedNumber);
        Assert.Equal(Baseline("final_income"), Fact.Of(report, t => t.CatalogId == "final_income"));
    }

    [Fact]
    public void TableSplitByAPageBreakWithRepeatedHeader_IsJoined()
    {
        // 一般公共预算财政拨款支出决算表: header lines 230–232 repeated after line 240, as a PDF conversion prints it.
        var lines = Original.Take(240).Concat(["", .. Original.Skip(229).Take(3), ""]).Concat(Original.Skip(240)).ToArray();
        Assert.Equal(Baseline("final_general_budget_expenditure"), FactsOf(lines, "final_general_budget_expenditure"));
    }

    [Fact]
    public void MarkdownPipeTable_ReadsToTheSameFacts()
    {
        var lines = Edit((n, l) => n is >= 117 and <= 135 ? "| " + string.Join(" | ", l.Split('\t')) + " |" + (n == 117 ? "\n|--|--|--|--|--|--|--|--|--|" : "") : l);
        Assert.Equal(Baseline("final_income"), FactsOf(string.Join('\n', lines).Split('\n'), "final_income"));
    }

    private static string SplitCode(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var code = line[..tab];
        string Part(int start, int length) => code.Length >= start + length ? code.Substring(start, length) : "";
        return $"{Part(0, 3)}\t{Part(3, 2)}\t{Part(5, 2)}{line[tab..]}";
    }
}
