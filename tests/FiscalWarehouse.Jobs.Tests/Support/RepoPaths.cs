namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests read samples/ and call ./fw wherever they run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Fw => Path.Combine(Root, "fw");

    public static IReadOnlyList<string> SampleFiles =>
        [.. Directory.GetFiles(Samples, "*.txt").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FiscalWarehouse.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FiscalWarehouse.sln not found above " + AppContext.BaseDirectory);
    }
}
