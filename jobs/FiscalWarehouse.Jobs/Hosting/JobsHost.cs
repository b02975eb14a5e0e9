using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Logging;
using FiscalWarehouse.Jobs.Inbox;
using FiscalWarehouse.Jobs.Jobs;
using FiscalWarehouse.Jobs.Quarantine;
using FiscalWarehouse.Jobs.Staging;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>
/// The worker: a generic host running a Hangfire server. Ctrl+C / SIGTERM stop it gracefully: running jobs get their
/// CancellationToken cancelled and <see cref="JobsOptions.ShutdownSeconds"/> to finish; a load in progress either
/// commits or rolls back (one transaction per report), never half.
/// </summary>
public static class JobsHost
{
    public static IHost Build(IConfiguration configuration, WorkerStartOptions start, Action<ILoggingBuilder>? logging = null)
    {
        var (options, warehouse) = JobsConfiguration.Read(configuration);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownSeconds + 5));
        ConfigureLogging(builder.Logging, configuration, logging);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(warehouse);
        services.AddSingleton(start);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<JobPaths>();
        services.AddSingleton(sp => new StagingArea(sp.GetRequiredService<JobPaths>().Staging));
        services.AddSingleton(sp => new QuarantineArea(sp.GetRequiredService<JobPaths>().Quarantine));
        services.AddSingleton<StableFileDetector>();
        services.AddSingleton(_ => new ReportParser(limits: FiscalWarehouse.Warehouse.Configuration.FwConfiguration.Bind<FiscalWarehouse.Etl.Limits.DocumentLimits>(configuration, FiscalWarehouse.Etl.Limits.DocumentLimits.SectionName)));
        services.AddTransient<ScanInboxJob>();
        services.AddTransient<LoadFileJob>();
        services.AddTransient<LoaderJob>();
        services.AddTransient<RefreshJob>();

        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseConfiguredStorage(options));
        RetryPolicy.Install(options);
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.WorkerCount;
            server.Queues = options.EffectiveQueues;
            server.ServerName = WorkerIdentity.Host;
            server.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownSeconds);
            server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        services.AddHostedService<WorkerStartup>();
        services.AddHostedService<TriggerWatcher>();
        var host = builder.Build();
        // The ETL and warehouse libraries build their readers without the container: their fallbacks log through this.
        LibraryLogging.Use(host.Services.GetRequiredService<ILoggerFactory>());
        return host;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, IConfiguration configuration, Action<ILoggingBuilder>? custom)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Hangfire", LogLevel.Warning);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("FiscalWarehouse", LogLevel.Information);
        if (custom is not null)
        {
            custom(logging);
            return;
        }

        if (string.Equals(configuration["Jobs:LogFormat"], "json", StringComparison.OrdinalIgnoreCase))
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.IncludeScopes = true;
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }

        // stdout stays for command output; logs go to stderr.
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
