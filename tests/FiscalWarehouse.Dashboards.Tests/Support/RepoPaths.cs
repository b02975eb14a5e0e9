namespace FiscalWarehouse.Dashboards.Tests.Support;

/// <summary>Finds the repository root (the folder with FiscalWarehouse.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Sample(string fileName) => Path.Combine(Root, "samples", fileName);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FiscalWarehouse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (FiscalWarehouse.sln) not found above " + AppContext.BaseDirectory);
    }
}
