using System.Text.RegularExpressions;
using FiscalWarehouse.Dashboards.Endpoints;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

public sealed partial class ApiDocsTests
{
    [Fact]
    public void ApiMd_DocumentsExactlyTheCatalogRoutes()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "api.md"));
        var documented = GetRoute().Matches(doc).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var served = ApiCatalog.All.Select(e => e.Route).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(served.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EverySqlApiScript_IsServedByOneEndpoint()
    {
        var scripts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "sql", "api"), "*.sql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(scripts, ApiCatalog.All.Select(e => e.Sql).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^### `GET (/api/[a-z/\-]+)`", RegexOptions.Multiline)]
    private static partial Regex GetRoute();
}
