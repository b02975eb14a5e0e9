namespace FiscalWarehouse.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_SamplesFolder_PrintsContractLinesAndExitsZeroWithoutErrors()
    {
        var (exit, output, _) = await CliRunner.Run("validate", Path.Combine(CliRunner.Root, "samples"));
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^(error|warning|info) [a-z_.]+ [^ ]+\.txt:\d+ ", l));
        Assert.Equal(lines.Any(l => l.StartsWith("error ", StringComparison.Ordinal)) ? 1 : 0, exit);
        // seed 001 line 167: 总计 6,548.68 vs 6,184.34 + 364.35 (fiscal-reports.md §3.1)
        Assert.Contains(lines, l => l.StartsWith("info total.grand_total shanxi-xiangyuan-industry-bureau-2023-department-final.txt:167 ", StringComparison.Ordinal)
            && l.EndsWith("(expected 6548.69, printed 6548.68, difference -0.01)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_MismatchAndUnreadableFiles_ExitOneNamingFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory("fw-validate-").FullName;
        try
        {
            var lines = await File.ReadAllLinesAsync(CliRunner.Sample("shanxi-xiangyuan-industry-bureau-2023-department-final.txt"), TestContext.Current.CancellationToken);
            lines[253] = lines[253].Replace("6,057.54", "6,057.99", StringComparison.Ordinal);
            await File.WriteAllLinesAsync(Path.Combine(dir, "mismatch.txt"), lines, TestContext.Current.CancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(dir, "empty.txt"), [], TestContext.Current.CancellationToken);
            var (exit, output, _) = await CliRunner.Run("validate", dir);
            Assert.Equal(1, exit);
            Assert.Contains("error read.unreadable empty.txt:1 empty file", output, StringComparison.Ordinal);
            Assert.Contains("error cross.expenditure_total mismatch.txt:163 ", output, StringComparison.Ordinal);
            Assert.Contains("error sum.total_equals_classes mismatch.txt:254 ", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
