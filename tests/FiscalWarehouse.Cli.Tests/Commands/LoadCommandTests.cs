namespace FiscalWarehouse.Cli.Tests.Commands;

public sealed class LoadCommandTests
{
    [Fact]
    public async Task Load_RecordsTheRunAndEveryFile_IncludingRejectedOnes_InTheLedger()
    {
        // Issue 18: files `fw load` rejected were invisible in 数据质量与加载 (no ledger rows).
        var dir = Directory.CreateTempSubdirectory("fw-load-ledger-").FullName;
        try
        {
            var sample = "shanxi-gaoping-industry-service-center-2023-unit-final.txt";
            File.Copy(CliRunner.Sample(sample), Path.Combine(dir, sample));
            await File.WriteAllBytesAsync(Path.Combine(dir, "garbage.txt"), [0xFF, 0xFE, 0x00, 0x01], TestContext.Current.CancellationToken);
            var db = Path.Combine(dir, "w.duckdb");

            var (exit, output, _) = await CliRunner.Run("load", dir, "--db", db);
            Assert.Equal(1, exit);
            Assert.Contains("garbage.txt: rejected: ", output, StringComparison.Ordinal);

            var (_, runs, _) = await CliRunner.Run("sql", "select trigger, files_claimed, loaded, rejected from etl_run", "--db", db, "--format", "csv");
            Assert.Equal("trigger,files_claimed,loaded,rejected\nfw load,2,1,1", runs.Trim().ReplaceLineEndings("\n"));
            var (_, files, _) = await CliRunner.Run("sql", "select outcome, fact_count > 0 as has_facts, error is not null as has_error from etl_file order by path", "--db", db, "--format", "csv");
            Assert.Equal("outcome,has_facts,has_error\nrejected,,true\nloaded,true,false", files.Trim().ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
