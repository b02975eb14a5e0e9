using System.Text.Json;

namespace FiscalWarehouse.Cli.Tests.Commands;

/// <summary>
/// `fw generate` and `fw bench --quick` keep working (CI); figures are never asserted, only that they are produced.
/// Through CliRunner: the commands print to the global Console, which another test may be capturing.
/// </summary>
public sealed class GenerateAndBenchCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fw-cli-gen-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Generate_WritesReportsAndTruth()
    {
        var (exit, _, _) = await CliRunner.Run("generate", "--out", _dir, "--counties", "1", "--units-per-county", "1", "--years", "2023-2024", "--seed", "3");

        Assert.Equal(0, exit);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_dir, "reports")));
        Assert.True(File.Exists(Path.Combine(_dir, "truth", "manifest.csv")));
        Assert.Equal(Directory.GetFiles(Path.Combine(_dir, "reports")).Length, Directory.GetFiles(Path.Combine(_dir, "truth", "facts")).Length);
    }

    [Fact]
    public async Task Generate_BadYears_IsAUsageError()
    {
        var (exit, _, _) = await CliRunner.Run("generate", "--out", _dir, "--years", "2024-2021");

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task BenchQuick_WritesResultsJson()
    {
        var results = Path.Combine(_dir, "results.json");
        var (exit, _, _) = await CliRunner.Run("bench", "--quick", "--results", results, "--work", Path.Combine(_dir, "work"));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(results, TestContext.Current.CancellationToken));
        var sections = json.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("Section").GetString()).ToHashSet();
        Assert.Contains("parse", sections);
        Assert.Contains("end-to-end", sections);
        Assert.Contains("appender", sections);
        foreach (var figure in json.RootElement.GetProperty("figures").EnumerateArray())
        {
            var hasTarget = figure.GetProperty("Target").ValueKind == JsonValueKind.String && figure.GetProperty("Value").ValueKind == JsonValueKind.Number;
            Assert.Equal(hasTarget, figure.GetProperty("Verdict").GetString() is "met" or "MISSED");
        }
    }

    [Theory]
    [InlineData(59.9, "< 60 s", true)]
    [InlineData(60, "< 60 s", false)]
    [InlineData(1.5, "≤ 1.5×", true)]
    [InlineData(1.51, "≤ 1.5×", false)]
    [InlineData(500, "≥ 500 reports/s", true)]
    [InlineData(186, "≥ 500 reports/s", false)]
    [InlineData(818, "< 1024 MiB", true)]
    public void BenchFigure_Verdict_ComparesWithTheTargetsNumber(double value, string target, bool met)
    {
        Assert.Equal(met ? "met" : "MISSED", new FiscalWarehouse.Cli.Bench.BenchFigure("s", "m", (decimal)value, "u", target).Verdict);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
