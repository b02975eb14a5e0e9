using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

/// <summary>
/// The warehouse itself refuses a report of no year, an impossible year, an empty kind or phase, or no unit, whoever
/// hands it over (the parser refuses such documents first; this is the last guard, issue 17 item 3, issue 21 item 6).
/// </summary>
public sealed class IdentityGuardTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly WarehouseWriter _writer;

    public IdentityGuardTests()
    {
        _writer = WarehouseWriter.Open(new WarehouseOptions { Path = _temp.File("w.duckdb") });
    }

    private static ParsedReport Gaoping(Func<Report, Report> change)
    {
        var parsed = SampleReports.GaopingFinal().Build();
        return parsed with { Report = change(parsed.Report) };
    }

    public static TheoryData<string, string> Broken => new()
    {
        { "no year", "no year" },
        { "year 99999", "year 99999 outside 1990…" },
        { "year 0", "year 0 outside 1990…" },
        { "no kind", "kind '' is neither 部门 nor 单位" },
        { "no phase", "phase '' is neither 预算 nor 决算" },
    };

    private static Report Break(Report report, string how) => how switch
    {
        "no year" => report with { Year = null },
        "year 99999" => report with { Year = 99999 },
        "year 0" => report with { Year = 0 },
        "no kind" => report with { Kind = ReportKind.Unknown },
        "no phase" => report with { Phase = ReportPhase.Unknown },
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void ReportWithIncompleteIdentity_IsRefusedByTheWarehouse_AndNothingOfItIsStored(string how, string message)
    {
        var parsed = Gaoping(r => Break(r, how));

        var outcome = _writer.LoadBatch([new PendingReport("a.txt", parsed)], TestContext.Current.CancellationToken)[0];

        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        Assert.Contains("report identity incomplete in", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains(message, outcome.Reason, StringComparison.Ordinal);
        var c = _writer.Connection;
        Assert.Equal(0, Db.Scalar<long>(c, "select count(*) from dim_report"));
        Assert.Equal(0, Db.Scalar<long>(c, "select count(*) from fact_table_cell"));
        Assert.Equal(0, Db.Scalar<long>(c, "select count(*) from stg_report"));
    }

    [Fact]
    public void BadReportInABatch_IsRefusedAlone_TheGoodOneLoads()
    {
        var bad = Gaoping(r => r with { Year = null });
        var good = SampleReports.GaopingFinal().Build();

        var outcomes = _writer.LoadBatch([new PendingReport("bad.txt", bad), new PendingReport("good.txt", good)], TestContext.Current.CancellationToken);

        Assert.Equal([LoadStatus.Rejected, LoadStatus.Loaded], outcomes.Select(o => o.Status));
        Assert.Equal(2023, Db.Scalar<int>(_writer.Connection, "select year from dim_report"));
    }

    public void Dispose()
    {
        _writer.Dispose();
        _temp.Dispose();
    }
}
