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
    public async Task ReadPages_NeedNoToken()
    {
        using var response = await server.Client.GetAsync("/api/overview/totals", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void AdminToken_Empty_DisablesAdmin() => Assert.False(new AdminToken("").Matches(""));
}
