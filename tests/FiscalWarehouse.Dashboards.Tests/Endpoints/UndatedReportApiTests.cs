using System.Globalization;
using FiscalWarehouse.Dashboards.Endpoints;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

/// <summary>
/// Issue 18, done when: a warehouse holding a report with no year, an empty kind and no region serves every endpoint
/// without an error: unfiltered (the report is among the rows) and asked about that report's unit or version directly.
/// </summary>
public sealed class UndatedReportApiTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    public static TheoryData<string> Routes() => [.. ApiCatalog.All.Select(e => e.Route)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Endpoint_ServesTheReportWithoutYearKindOrRegion(string route)
    {
        var endpoint = ApiCatalog.All.Single(e => e.Route == route);
        var asked = endpoint.Parameters.Select(p => p.Name switch
        {
            "unit" => "unit=" + server.Ids.UnknownUnit.ToString(CultureInfo.InvariantCulture),
            "report" => "report=" + server.Ids.UnknownReport.ToString(CultureInfo.InvariantCulture),
            "line" => "line=152",
            _ => null,
        }).OfType<string>().ToList();
        var url = endpoint.Route + (asked.Count > 0 ? "?" + string.Join('&', asked) : "");

        var rows = await Api.RowsAsync(server.Client, url);

        // What is about that report alone has its rows: its versions, its headline figures, its lines.
        if (route is "/api/unit/reports" or "/api/unit/headline" or "/api/provenance/report" or "/api/provenance/lines" or "/api/unit/facts")
        {
            Assert.NotEmpty(rows);
        }

        if (route == "/api/unit/reports")
        {
            var report = Assert.Single(rows, r => r.GetProperty("report_version_id").GetInt64() == server.Ids.UnknownReport);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, report.GetProperty("year").ValueKind);
        }
    }
}
