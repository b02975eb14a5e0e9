using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Warehouse.Configuration;
using Microsoft.Extensions.Configuration;

namespace FiscalWarehouse.Warehouse.Tests.Configuration;

/// <summary>
/// FwConfiguration binds the warehouse settings and the document limits through the generated binder (no reflection
/// on a load's path); it must read every property as the reflection binder (what this test project calls) reads it.
/// </summary>
public sealed class GeneratedBindingTests
{
    [Fact]
    public void WarehouseOptions_EveryPropertySet_BindLikeTheReflectionBinder() =>
        AssertSameAsReflection<WarehouseOptions>(WarehouseOptions.SectionName);

    [Fact]
    public void DocumentLimits_EveryPropertySet_BindLikeTheReflectionBinder() =>
        AssertSameAsReflection<DocumentLimits>(DocumentLimits.SectionName);

    [Fact]
    public void ANumberThatIsNotOne_IsRefusedNamingTheSetting_AsBefore()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("Warehouse:LoadBatchSize", (string?)"many")]).Build();

        var generated = Assert.Throws<InvalidOperationException>(() => configuration.Bind<WarehouseOptions>(WarehouseOptions.SectionName));
        var reflected = Assert.Throws<InvalidOperationException>(() => configuration.GetSection(WarehouseOptions.SectionName).Bind(new WarehouseOptions()));

        Assert.Equal(reflected.Message, generated.Message);
        Assert.Contains("Warehouse:LoadBatchSize", generated.Message, StringComparison.Ordinal);
    }

    private static void AssertSameAsReflection<T>(string section)
        where T : class, new()
    {
        // A value per property that differs from its default and passes validation.
        var values = new Dictionary<string, string?>();
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite))
        {
            values[$"{section}:{property.Name}"] = property.PropertyType == typeof(string)
                ? (property.Name.Contains("Memory", StringComparison.Ordinal) ? "768MB" : "elsewhere/warehouse.duckdb")
                : "7";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var generated = configuration.Bind<T>(section);
        var reflected = new T();
        configuration.GetSection(section).Bind(reflected);

        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite))
        {
            Assert.Equal(property.GetValue(reflected), property.GetValue(generated));
            Assert.NotEqual(property.GetValue(new T()), property.GetValue(generated));
        }
    }
}
