using Microsoft.Extensions.Configuration;

namespace FiscalWarehouse.Warehouse.Configuration;

/// <summary>
/// One configuration for the CLI, the worker and the dashboards: appsettings.json (beside the program, then the
/// working directory), appsettings.{FW_ENVIRONMENT}.json, then FW_* environment variables (FW_Warehouse__Path),
/// then the short FW_DB. Command-line flags are applied by each host on top.
/// </summary>
public static class FwConfiguration
{
    public static IConfigurationRoot Build(string? workingDirectory = null)
    {
        var environment = Environment.GetEnvironmentVariable("FW_ENVIRONMENT") ?? "Production";
        var builder = new ConfigurationBuilder()
            .AddJsonFile(System.IO.Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(System.IO.Path.Combine(workingDirectory ?? Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddJsonFile(System.IO.Path.Combine(workingDirectory ?? Directory.GetCurrentDirectory(), $"appsettings.{environment}.json"), optional: true)
            .AddEnvironmentVariables("FW_");
        var shortcuts = new Dictionary<string, string?>();
        if (Environment.GetEnvironmentVariable("FW_DB") is { Length: > 0 } db)
        {
            shortcuts[$"{WarehouseOptions.SectionName}:{nameof(WarehouseOptions.Path)}"] = db;
        }

        return builder.AddInMemoryCollection(shortcuts).Build();
    }

    public static T Bind<T>(this IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}
