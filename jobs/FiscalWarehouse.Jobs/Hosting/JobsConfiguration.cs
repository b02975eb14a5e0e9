using FiscalWarehouse.Warehouse.Configuration;
using Microsoft.Extensions.Configuration;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>Reads the worker's options from the shared configuration (appsettings.json, FW_* variables).</summary>
public static class JobsConfiguration
{
    public static (JobsOptions Jobs, WarehouseOptions Warehouse) Read(IConfiguration configuration)
    {
        var jobs = configuration.Bind<JobsOptions>(JobsOptions.SectionName);
        var warehouse = configuration.Bind<WarehouseOptions>(WarehouseOptions.SectionName);
        HangfireStorageSetup.Validate(jobs);
        _ = TimeZoneOf(jobs);
        return (jobs, warehouse);
    }

    public static TimeZoneInfo TimeZoneOf(JobsOptions options)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException($"Jobs:TimeZone '{options.TimeZone}' is not a known time zone (e.g. Asia/Shanghai)", e);
        }
    }
}
