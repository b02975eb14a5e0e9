namespace FiscalWarehouse.Warehouse.Tests.Support;

public static class RepositoryRoot
{
    /// <summary>The folder holding FiscalWarehouse.sln, found upwards from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FiscalWarehouse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("FiscalWarehouse.sln not found above " + AppContext.BaseDirectory);
    }
}
