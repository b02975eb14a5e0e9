namespace FiscalWarehouse.Dashboards.Tests.Browser;

/// <summary>One warehouse, one server and one chromium for every browser test class (building them is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
