namespace FiscalWarehouse.Cli.Tests.Commands;

/// <summary>`fw coverage` (and `fw validate --summary`): one row per document, then the totals.</summary>
public sealed class CoverageCommandTests
{
    private static string[] Row(string output, string file) =>
        output.Split('\n').Single(l => l.StartsWith(file, StringComparison.Ordinal)).Split(',');

    [Fact]
    public async Task Coverage_Samples_OneRowPerReportWithItsTablesFindingsAndChecks()
    {
        var (exit, output, _) = await CliRunner.Run("coverage", Path.Combine(CliRunner.Root, "samples"), "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("document,identity,tables,standard,generic,errors,warnings,infos,checks_passed,refused", lines[0]);
        Assert.Equal(7, lines.Length);

        // Every table of the five samples is a standard table; none has an error finding.
        var pingdingshan = Row(output, "henan-pingdingshan-industry-bureau-2023-department-final.txt");
        Assert.Equal(["平顶山市工业和信息化局 2023 部门决算", "13", "13", "0", "0"], pingdingshan[1..6]);
        var zezhou = Row(output, "shanxi-zezhou-industry-bureau-2024-department-budget.txt");
        Assert.Equal(["泽州县工业和信息化局 2024 部门预算", "37", "37", "0", "0"], zezhou[1..6]);
        var xiangyuan = Row(output, "shanxi-xiangyuan-industry-bureau-2023-department-final.txt");
        Assert.Equal(["襄垣县工业和信息化局 2023 部门决算", "31", "31", "0", "0"], xiangyuan[1..6]);
        Assert.Equal(["大同市信息和新材料应用推广中心 2023 单位预算", "22", "22", "0", "0"], Row(output, "shanxi-datong-materials-promotion-center-2023-unit-budget.txt")[1..6]);
        Assert.Equal(["高平市工业和信息化事务服务中心 2023 单位决算", "16", "16", "0", "0"], Row(output, "shanxi-gaoping-industry-service-center-2023-unit-final.txt")[1..6]);

        // A budget whose identities all hold: as many passed as run, and hundreds of them.
        var checks = zezhou[8].Split('/').Select(int.Parse).ToArray();
        Assert.Equal(checks[0], checks[1]);
        Assert.True(checks[1] > 300, $"zezhou: only {checks[1]} identity checks run");

        var total = lines[^1].Split(',');
        Assert.Equal(["total: 5 documents", "5 read", "119", "119", "0", "0"], total[..6]);
        Assert.Equal("0 refused", total[9]);
    }

    [Fact]
    public async Task ValidateSummary_RefusedDocument_IsARowWithTheReason_AndExitsOne()
    {
        var dir = Directory.CreateTempSubdirectory("fw-coverage-").FullName;
        try
        {
            File.Copy(CliRunner.Sample("shanxi-zezhou-industry-bureau-2024-department-budget.txt"), Path.Combine(dir, "a.txt"));
            await File.WriteAllTextAsync(Path.Combine(dir, "b.txt"), "消防设计抽查情况表\n序号\t项目\t结果\t面积\n1\t某大楼\t合格\t1200\n2\t某医院\t合格\t3400\n", TestContext.Current.CancellationToken);

            var (exit, output, _) = await CliRunner.Run("validate", "--summary", dir);

            Assert.Equal(1, exit);
            var lines = output.TrimEnd('\n').Split('\n');
            Assert.StartsWith("document ", lines[0], StringComparison.Ordinal);
            Assert.Matches(@"^a\.txt +泽州县工业和信息化局 2024 部门预算 +37 +37 +0 +0 ", lines[1]);
            Assert.Matches(@"^b\.txt +not a 预算/决算 \(budget or final-account\) disclosure: no 预算/决算 in its titles or text;", lines[2]);
            Assert.Matches(@"^total: 2 documents +1 read +37 +37 +0 .* 1 refused$", lines[3]);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task Coverage_Markdown_IsATableWithAHeaderRule()
    {
        var (exit, output, _) = await CliRunner.Run("coverage", CliRunner.Sample("shanxi-gaoping-industry-service-center-2023-unit-final.txt"), "--format", "md");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("| document | identity | tables | standard | generic | errors | warnings | infos | checks passed | refused |", lines[0]);
        Assert.Equal("|---|---|---:|---:|---:|---:|---:|---:|---:|---|", lines[1]);
        Assert.StartsWith("| shanxi-gaoping-industry-service-center-2023-unit-final.txt | 高平市工业和信息化事务服务中心 2023 单位决算 | 16 | 16 | 0 | 0 |", lines[2], StringComparison.Ordinal);
    }
}
