namespace FiscalWarehouse.EndToEnd.Tests.Warehouse;

/// <summary>One warehouse per test class with the five samples loaded through `fw load samples/`.</summary>
public sealed class LoadedSamples : IDisposable
{
    public LoadedSamples()
    {
        Folder = Path.Combine(Path.GetTempPath(), "fw-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Db = Path.Combine(Folder, "w.duckdb");
        FirstLoad = Fw.Run("load", "samples", "--db", Db);
    }

    public string Folder { get; }

    public string Db { get; }

    public Fw.Result FirstLoad { get; }

    public static IReadOnlyList<string> SampleFiles =>
        [.. Directory.GetFiles(Path.Combine(Fw.Root, "samples"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort: temp folder
        }
    }
}
