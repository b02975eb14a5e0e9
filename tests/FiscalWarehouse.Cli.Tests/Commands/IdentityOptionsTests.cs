namespace FiscalWarehouse.Cli.Tests.Commands;

/// <summary>`--unit --year --kind --phase` on extract, validate and load; refusals of non-budget documents by each.</summary>
public sealed class IdentityOptionsTests
{
    private const string Zezhou = "shanxi-zezhou-industry-bureau-2024-department-budget.txt";

    /// <summary>The 泽州 sample with every year replaced: it no longer says which year it is about.</summary>
    private static async Task<string> UndatedCopy(string dir)
    {
        var text = await File.ReadAllTextAsync(CliRunner.Sample(Zezhou), TestContext.Current.CancellationToken);
        var path = Path.Combine(dir, "zezhou.txt");
        await File.WriteAllTextAsync(path, System.Text.RegularExpressions.Regex.Replace(text, @"\d{4}(\s*年)", "本$1"), TestContext.Current.CancellationToken);
        return path;
    }

    private const string Inspection = "消防设计抽查情况表\n序号\t项目\t结果\t面积\n1\t某大楼\t合格\t1200\n2\t某医院\t合格\t3400\n";

    [Fact]
    public async Task Extract_UndatedReport_IsRefusedNamingTheYear_AndLoadsWithYear()
    {
        var dir = Directory.CreateTempSubdirectory("fw-identity-").FullName;
        try
        {
            var path = await UndatedCopy(dir);

            var (exit, _, error) = await CliRunner.Run("extract", path);
            Assert.Equal(1, exit);
            Assert.StartsWith("rejected: report identity incomplete: no year (NNNN年)", error, StringComparison.Ordinal);
            Assert.Contains("(zezhou.txt:", error, StringComparison.Ordinal);

            var (validateExit, validateOut, _) = await CliRunner.Run("validate", path);
            Assert.Equal(1, validateExit);
            Assert.StartsWith("error read.unreadable zezhou.txt:", validateOut, StringComparison.Ordinal);
            Assert.Contains("no year", validateOut, StringComparison.Ordinal);

            var db = Path.Combine(dir, "w.duckdb");
            var (refusedExit, refusedOut, _) = await CliRunner.Run("load", path, "--db", db);
            Assert.Equal(1, refusedExit);
            Assert.Contains("zezhou.txt: rejected: report identity incomplete: no year", refusedOut, StringComparison.Ordinal);

            var (loadExit, loadOut, _) = await CliRunner.Run("load", path, "--db", db, "--year", "2024", "--unit", "<b>泽州县工业和信息化局</b>");
            Assert.Equal(0, loadExit);
            Assert.Contains("zezhou.txt: loaded", loadOut, StringComparison.Ordinal);
            var (_, sqlOut, _) = await CliRunner.Run("sql", "--db", db, "select unit_name, year, kind, phase from dim_report", "--format", "csv");
            Assert.Contains("泽州县工业和信息化局,2024,部门,预算", sqlOut, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task Extract_StatedKindAndPhase_OverrideTheDocument()
    {
        var (exit, output, _) = await CliRunner.Run("extract", CliRunner.Sample(Zezhou), "--kind", "unit", "--phase", "预算", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("\"table_id\": \"budget_", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--year", "99999", "--year 99999 is outside 1990…")]
    [InlineData("--year", "0", "--year 0 is outside 1990…")]
    [InlineData("--kind", "county", "--kind 'county' is neither 部门 (department) nor 单位 (unit)")]
    [InlineData("--phase", "plan", "--phase 'plan' is neither 预算 (budget) nor 决算 (final)")]
    [InlineData("--unit", "<b></b>", "--unit must name the unit")]
    public async Task BadStatedIdentity_IsAUsageError(string option, string value, string message)
    {
        foreach (var verb in new[] { "extract", "validate", "coverage" })
        {
            var (exit, _, error) = await CliRunner.Run(verb, CliRunner.Sample(Zezhou), option, value);

            Assert.Equal(2, exit);
            Assert.Contains(message, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NotABudget_IsRefusedByExtractValidateAndLoad_AndNothingReachesTheWarehouse()
    {
        var dir = Directory.CreateTempSubdirectory("fw-notbudget-").FullName;
        try
        {
            var path = Path.Combine(dir, "inspection.txt");
            await File.WriteAllTextAsync(path, Inspection, TestContext.Current.CancellationToken);
            const string reason = "not a 预算/决算 (budget or final-account) disclosure: no 预算/决算 in its titles or text";

            var (extractExit, extractOut, extractErr) = await CliRunner.Run("extract", path);
            Assert.Equal(1, extractExit);
            Assert.Equal("", extractOut);
            Assert.StartsWith("rejected: " + reason, extractErr, StringComparison.Ordinal);

            var (validateExit, validateOut, _) = await CliRunner.Run("validate", path);
            Assert.Equal(1, validateExit);
            Assert.StartsWith("error read.unreadable inspection.txt:", validateOut, StringComparison.Ordinal);
            Assert.Contains(reason, validateOut, StringComparison.Ordinal);

            var db = Path.Combine(dir, "w.duckdb");
            var (loadExit, loadOut, _) = await CliRunner.Run("load", path, "--db", db);
            Assert.Equal(1, loadExit);
            Assert.Contains("inspection.txt: rejected: " + reason, loadOut, StringComparison.Ordinal);
            var (_, count, _) = await CliRunner.Run("sql", "--db", db, "select (select count(*) from dim_report) + (select count(*) from fact_table_cell) as n", "--format", "csv");
            Assert.Equal("n\n0", count.Trim());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
