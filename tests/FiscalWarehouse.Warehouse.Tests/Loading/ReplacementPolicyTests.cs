using FiscalWarehouse.Etl;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

/// <summary>
/// Issue 21 item 3: a truncated copy of a real report (the first 16 KB) never replaces the good current version; it is
/// held with a finding naming what is worse, listed in v_report_held, and fw load --accept promotes it.
/// </summary>
public sealed class ReplacementPolicyTests : IDisposable
{
    private const string Sample = "shanxi-xiangyuan-industry-bureau-2023-department-final.txt";
    private readonly TempDirectory _temp = new();
    private readonly string _db;
    private readonly string _good;
    private readonly string _truncated;

    public ReplacementPolicyTests()
    {
        _db = _temp.File("w.duckdb");
        _good = Path.Combine(RepositoryRoot.Path, "samples", Sample);
        Directory.CreateDirectory(_temp.File("cut"));
        _truncated = Path.Combine(_temp.File("cut"), Sample);
        File.WriteAllBytes(_truncated, File.ReadAllBytes(_good)[..16_000]);
    }

    [Fact]
    public void TruncatedCopy_IsHeld_AndTheGoodVersionStaysCurrent()
    {
        var parser = new ReportParser();
        using var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db });
        var good = writer.LoadFile(_good, parser, TestContext.Current.CancellationToken);
        Assert.Equal(LoadStatus.Loaded, good.Status);

        var cut = writer.LoadFile(_truncated, parser, TestContext.Current.CancellationToken);

        Assert.Equal(LoadStatus.Held, cut.Status);
        Assert.Contains("table.truncated", cut.Reason, StringComparison.Ordinal);
        Assert.Contains($"facts where the current version has {good.FactCount}", cut.Reason, StringComparison.Ordinal);
        var c = writer.Connection;
        Assert.Equal(good.ReportVersionId, Db.Scalar<long>(c, "select report_version_id from dim_report where is_current"));
        Assert.Equal(good.FactCount, Db.Scalar<int>(c, "select fact_count from v_current_report"));
        // The known total of seed 001 (fiscal-reports.md §3.1) is still what the current version says.
        Assert.Equal(1, Db.Scalar<long>(c, "select count(*) from v_report_held"));
        Assert.Equal(cut.ReportVersionId, Db.Scalar<long>(c, "select report_version_id from v_report_held"));
        Assert.Equal(1, Db.Scalar<long>(c, $"select count(*) from data_quality_finding where rule_id = 'report.held' and report_version_id = {cut.ReportVersionId}"));

        // Loading the good file again answers unchanged; loading the cut copy again also changes nothing.
        Assert.Equal(LoadStatus.Unchanged, writer.LoadFile(_good, parser, TestContext.Current.CancellationToken).Status);
        Assert.Equal(LoadStatus.Unchanged, writer.LoadFile(_truncated, parser, TestContext.Current.CancellationToken).Status);
        Assert.Equal(good.ReportVersionId, Db.Scalar<long>(c, "select report_version_id from dim_report where is_current"));
    }

    [Fact]
    public void Accept_PromotesTheHeldVersion()
    {
        var parser = new ReportParser();
        using var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db });
        var good = writer.LoadFile(_good, parser, TestContext.Current.CancellationToken);
        var cut = writer.LoadFile(_truncated, parser, TestContext.Current.CancellationToken);

        var accepted = writer.Accept(_truncated, parser, TestContext.Current.CancellationToken);

        Assert.Equal(LoadStatus.Replaced, accepted.Status);
        var c = writer.Connection;
        Assert.Equal(cut.ReportVersionId, Db.Scalar<long>(c, "select report_version_id from dim_report where is_current"));
        Assert.Equal(cut.ReportVersionId, Db.Scalar<long>(c, $"select superseded_by from dim_report where report_version_id = {good.ReportVersionId}"));
        Assert.Equal(0, Db.Scalar<long>(c, "select count(*) from v_report_held"));
    }

    [Fact]
    public void BetterVersion_AfterACut_ReplacesAsBefore()
    {
        var parser = new ReportParser();
        using var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db });
        var cut = writer.LoadFile(_truncated, parser, TestContext.Current.CancellationToken);
        Assert.Equal(LoadStatus.Loaded, cut.Status);

        var good = writer.LoadFile(_good, parser, TestContext.Current.CancellationToken);

        Assert.Equal(LoadStatus.Replaced, good.Status);
        Assert.Equal(good.ReportVersionId, Db.Scalar<long>(writer.Connection, "select report_version_id from dim_report where is_current"));
    }

    public void Dispose() => _temp.Dispose();
}
