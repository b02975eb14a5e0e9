using FiscalWarehouse.TestKit.Hostile;

namespace FiscalWarehouse.Cli.Tests.Commands;

/// <summary>
/// Issue 21 item 4: every hostile kind, fed to fw extract, fw validate and fw load, gives one message naming the file
/// and the limit, exit code 1, and no stack trace; a load of all of them with a good sample still loads the sample.
/// </summary>
public sealed class HostileInputCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("fw-hostile-");

    public static TheoryData<string> Kinds() => [.. HostileDocuments.All().Select(h => h.FileName)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ExtractAndValidate_HostileDocument_NameTheFileWithoutAStackTrace(string kind)
    {
        var hostile = HostileDocuments.All().Single(h => h.FileName == kind);
        var path = Path.Combine(_dir.FullName, hostile.FileName);
        await File.WriteAllBytesAsync(path, hostile.Bytes, TestContext.Current.CancellationToken);

        var (exit, output, error) = await CliRunner.Run("extract", path);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        NoStackTrace(error);
        Assert.Contains($"({hostile.FileName}:{hostile.Line})", error, StringComparison.Ordinal);
        Assert.Contains(hostile.Expected, error, StringComparison.Ordinal);

        (exit, output, error) = await CliRunner.Run("validate", path);
        Assert.Equal(1, exit);
        NoStackTrace(output + error);
        Assert.StartsWith($"error read.unreadable {hostile.FileName}:{hostile.Line} ", output, StringComparison.Ordinal);
        Assert.Contains(hostile.Expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_FolderOfHostileDocuments_OneLinePerFileAndTheGoodSampleLoads()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "in")).FullName;
        foreach (var hostile in HostileDocuments.All())
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, hostile.FileName), hostile.Bytes, TestContext.Current.CancellationToken);
        }

        const string good = "shanxi-gaoping-industry-service-center-2023-unit-final.txt";
        File.Copy(CliRunner.Sample(good), Path.Combine(folder, good));
        var (exit, output, error) = await CliRunner.Run("load", folder, "--db", Path.Combine(_dir.FullName, "w.duckdb"));
        Assert.Equal(1, exit);
        NoStackTrace(output + error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(HostileDocuments.All().Count + 1, lines.Length);
        Assert.Contains(lines, l => l.EndsWith($"{good}: loaded", StringComparison.Ordinal));
        foreach (var hostile in HostileDocuments.All())
        {
            var line = Assert.Single(lines, l => l.StartsWith(Path.Combine(folder, hostile.FileName) + ": rejected: ", StringComparison.Ordinal));
            Assert.Contains(hostile.Expected, line, StringComparison.Ordinal);
            Assert.EndsWith($"({hostile.FileName}:{hostile.Line})", line, StringComparison.Ordinal);
        }
    }

    private static void NoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", text, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
