using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

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

    /// <summary>
    /// Binds a section and validates it at once (its data annotations), so a host refuses a bad setting when it
    /// starts, naming the setting, rather than failing on first use.
    /// </summary>
    public static T Bind<T>(this IConfiguration configuration, string section)
        where T : class, new()
    {
        var options = new T();
        var values = configuration.GetSection(section);
        // The settings a load reads bind through the generated binder (concrete types); others through reflection.
        switch (options)
        {
            case WarehouseOptions warehouse:
                values.Bind(warehouse);
                break;
            case Etl.Limits.DocumentLimits limits:
                values.Bind(limits);
                break;
            default:
#pragma warning disable SYSLIB1104 // The other settings (marts, jobs, dashboards) bind through reflection, as before.
                values.Bind(options);
#pragma warning restore SYSLIB1104
                break;
        }

        var failures = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), failures, validateAllProperties: true))
        {
            // An InvalidOperationException, as every other refused setting is, with the standard failures inside.
            var named = failures.Select(f => $"{section}:{string.Join(", ", f.MemberNames)}: {f.ErrorMessage}").ToList();
            throw new InvalidOperationException(string.Join("; ", named), new OptionsValidationException(section, typeof(T), named));
        }

        return options;
    }
}
