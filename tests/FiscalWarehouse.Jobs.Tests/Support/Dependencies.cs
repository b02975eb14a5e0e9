using FiscalWarehouse.Etl;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;

namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>
/// The end-to-end worker tests need the real parser (issue 5) and loader (issue 6). Until those are merged into this
/// branch, such tests skip and say why, rather than fail on a NotImplementedException that is not theirs.
/// </summary>
internal static class Dependencies
{
    public static void RequireParser()
    {
        try
        {
            _ = new ReportParser().Parse(RepoPaths.SampleFiles[0], TestContext.Current.CancellationToken);
        }
        catch (NotImplementedException e)
        {
            Assert.Skip("the report parser is not merged into this branch yet: " + e.Message);
        }
    }

    public static void RequireParserAndLoader()
    {
        RequireParser();
        var folder = Path.Combine(Path.GetTempPath(), "fw-dep-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            using var writer = WarehouseWriter.Open(new WarehouseOptions { Path = Path.Combine(folder, "probe.duckdb") });
            _ = writer.LoadFile(RepoPaths.SampleFiles[0], new ReportParser(), TestContext.Current.CancellationToken);
        }
        catch (NotImplementedException e)
        {
            Assert.Skip("the warehouse loader is not merged into this branch yet: " + e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
