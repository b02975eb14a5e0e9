namespace FiscalWarehouse.Cli.Bench;

/// <summary>A warehouse path a stage loads into from scratch: what an earlier run (or round) left there would make its reports "unchanged".</summary>
internal static class BenchWarehouse
{
    public static string Fresh(string dbPath)
    {
        foreach (var f in new[] { dbPath, dbPath + ".wal", dbPath + ".snapshot" })
        {
            File.Delete(f);
        }

        return dbPath;
    }
}
