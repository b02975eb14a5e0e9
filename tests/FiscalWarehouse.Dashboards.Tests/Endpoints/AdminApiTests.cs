using System.Net;
using FiscalWarehouse.Dashboards.Admin;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

public sealed class AdminApiTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-token")]
    [InlineData("test-admin-token-7f3")]
    public async Task TriggerLoad_WithoutTheToken_IsRefusedAndNothingStarts(string? token)
    {
        var before = server.LoadTrigger.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/load");
        if (token is not null)
        {
            request.Headers.Add(AdminToken.Header, token);
        }

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, server.LoadTrigger.Count);
    }

    [Fact]
    public async Task TriggerLoad_WithTheToken_StartsALoad()
    {
        var before = server.LoadTrigger.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/load");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DashboardsServer.AdminToken);
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before + 1, server.LoadTrigger.Count);
    }

    [Fact]
    public async Task TriggerLoad_WithTheTokenInTheQuery_IsRefused()
    {
        // Issue 21: a token in a URL lands in logs and history; only a header carries it to the API.
        var before = server.LoadTrigger.Count;
        using var response = await server.Client.PostAsync($"/api/admin/load?token={DashboardsServer.AdminToken}", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, server.LoadTrigger.Count);
    }

    [Theory]
    [InlineData("/api/units?q=%00")]
    [InlineData("/api/units?q=%E5%B7%A5%01")]
    [InlineData("/api/overview/totals?year=2023%0A")]
    public async Task ControlCharactersInParameters_Are400(string url)
    {
        using var response = await server.Client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("control character", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "constant test statements")]
    public void SnapshotConnections_CannotReadFilesOrTheNetwork()
    {
        // Issue 21 item 5: the root connection is sandboxed, and every leased connection shares its database instance.
        var path = Path.Combine(Directory.CreateTempSubdirectory("fw-sandbox-").FullName, "s.duckdb");
        using (var create = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
        {
            create.Open();
        }

        var snapshot = FiscalWarehouse.Dashboards.Snapshots.Snapshot.Open(path, FiscalWarehouse.Dashboards.Snapshots.SourceStamp.Of(path));
        Assert.True(snapshot.TryLease(out var connection));
        using (connection)
        {
            foreach (var sql in new[] { "select * from read_text('/etc/hostname')", "select * from 'https://example.com/x.csv'", "set enable_external_access = true" })
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                Assert.Throws<DuckDB.NET.Data.DuckDBException>(() => command.ExecuteNonQuery());
            }
        }

        snapshot.Release();
        snapshot.Release();
    }

    [Fact]
    public async Task ReadPages_NeedNoToken()
    {
        using var response = await server.Client.GetAsync("/api/overview/totals", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void AdminToken_Empty_DisablesAdmin() => Assert.False(new AdminToken("").Matches(""));
}
