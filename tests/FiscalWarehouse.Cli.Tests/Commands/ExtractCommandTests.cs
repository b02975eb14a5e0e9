using System.Text.Json;
using FiscalWarehouse.Etl;

namespace FiscalWarehouse.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    public static TheoryData<string> Samples => new(
        "shanxi-gaoping-industry-service-center-2023-unit-final.txt",
        "shanxi-xiangyuan-industry-bureau-2023-department-final.txt",
        "shanxi-datong-materials-promotion-center-2023-unit-budget.txt",
        "henan-pingdingshan-industry-bureau-2023-department-final.txt",
        "shanxi-zezhou-industry-bureau-2024-department-budget.txt");

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Extract_Sample_PrintsTheHeaderAndRowsForEveryRecognizedTable(string sample)
    {
        var (exit, output, _) = await CliRunner.Run("extract", CliRunner.Sample(sample));
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("report,table_id,table_title,row_code,row_label,column,value,unit,source_line", lines[0]);
        var parsed = new ReportParser().Parse(CliRunner.Sample(sample), TestContext.Current.CancellationToken);
        // Performance forms are filled by the performance reader; every other recognized table prints at least one row.
        foreach (var table in parsed.Report.Tables.Where(t => !t.CatalogId.StartsWith("perf_", StringComparison.Ordinal)))
        {
            Assert.Contains(lines, l => l.StartsWith($"{sample},{table.CatalogId},{table.PrintedTitle},", StringComparison.Ordinal));
        }

        Assert.All(lines.Skip(1), l => Assert.Matches(@",(万元|元|%),(\d+|p\d+:\d+)$", l));
    }

    [Fact]
    public async Task Extract_Seed000_PrintsValuesBlanksAndKnownEmptyTables()
    {
        var sample = "shanxi-gaoping-industry-service-center-2023-unit-final.txt";
        var (_, output, _) = await CliRunner.Run("extract", CliRunner.Sample(sample));
        var lines = output.Split('\n');
        Assert.Contains($"{sample},final_income,收入决算表,2011350,事业运行,本年收入合计,116.18,万元,123", lines); // seed 000 line 123
        Assert.Contains($"{sample},final_income,收入决算表,2080801,死亡抚恤,事业收入,,万元,129", lines); // a blank cell
        Assert.Contains($"{sample},final_basic_expenditure_detail,一般公共预算财政拨款基本支出决算明细表,,公用经费合计,公用经费 / 决算数,12.85,万元,293", lines);
        Assert.Contains($"{sample},final_three_public,财政拨款“三公”经费支出决算表,,本表无数据,,,万元,335", lines); // 说明：本表无数据
        Assert.DoesNotContain(lines, l => l.Contains(",——,", StringComparison.Ordinal)); // dashes are not values
    }

    [Fact]
    public async Task Extract_RemovesThousandsSeparatorsAndQuotesNothingElse()
    {
        var sample = "shanxi-xiangyuan-industry-bureau-2023-department-final.txt";
        var (_, output, _) = await CliRunner.Run("extract", CliRunner.Sample(sample));
        Assert.Contains($"{sample},final_income_expenditure_total,收入支出决算总表,,本年收入合计,收入 / 金额,6184.34,万元,163", output.Split('\n'));
    }

    [Fact]
    public async Task Extract_Json_HasTheContractFields()
    {
        var (exit, output, _) = await CliRunner.Run("extract", CliRunner.Sample("henan-pingdingshan-industry-bureau-2023-department-final.txt"), "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement[0];
        Assert.Equal("final_income_expenditure_total", first.GetProperty("table_id").GetString());
        Assert.Equal("2175.87", first.GetProperty("value").GetString());
        Assert.Equal("117", first.GetProperty("source_line").GetString());
    }

    [Fact]
    public async Task Extract_PdfBytes_IsRejectedNamingFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fw-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "%PDF-1.7\n1 0 obj\n", TestContext.Current.CancellationToken);
        try
        {
            var (exit, _, error) = await CliRunner.Run("extract", path);
            Assert.Equal(1, exit);
            Assert.Contains($"{Path.GetFileName(path)}:1)", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
