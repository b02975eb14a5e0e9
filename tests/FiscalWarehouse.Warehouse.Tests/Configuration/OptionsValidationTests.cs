using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FiscalWarehouse.Warehouse.Tests.Configuration;

/// <summary>Settings are validated when they are bound, at a host's start: a bad one is refused by name.</summary>
public sealed class OptionsValidationTests
{
    private static IConfiguration With(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void Bind_Defaults_AreValid()
    {
        var options = With().Bind<WarehouseOptions>(WarehouseOptions.SectionName);

        Assert.Equal(64, options.LoadBatchSize);
        Assert.Equal("512MB", options.WriterMemoryLimit);
    }

    [Fact]
    public void Bind_ZeroBatchAndBadMemoryLimit_AreRefusedNamingBothSettings()
    {
        var configuration = With(("Warehouse:LoadBatchSize", "0"), ("Warehouse:WriterMemoryLimit", "lots"));

        var error = Assert.Throws<InvalidOperationException>(() => configuration.Bind<WarehouseOptions>(WarehouseOptions.SectionName));

        var failures = Assert.IsType<OptionsValidationException>(error.InnerException).Failures.ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Warehouse:LoadBatchSize:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Warehouse:WriterMemoryLimit:", StringComparison.Ordinal));
        Assert.Contains("Warehouse:LoadBatchSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_NegativeRateTolerance_IsRefused()
    {
        var configuration = With(("Marts:RateDifferenceTolerancePct", "-1"));

        var error = Assert.Throws<InvalidOperationException>(() => configuration.Bind<MartSettings>(MartSettings.SectionName));

        Assert.StartsWith("Marts:RateDifferenceTolerancePct: ", error.Message, StringComparison.Ordinal);
    }
}
