using System.CommandLine;
using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Warehouse.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw worker [--now] [--db FILE]`: the Hangfire worker in the foreground until Ctrl+C / SIGTERM.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var now = new Option<bool>("--now") { Description = "Scan the inbox at once instead of waiting for the schedule (Jobs:Schedule, default 02:00 Asia/Shanghai)." };
        var db = CommonOptions.Database();
        var command = new Command("worker", "Run the job worker: scans Jobs:Inbox on a schedule, loads each file (archive/ or quarantine/ with a reason), records runs in etl_run/etl_file. Settings: appsettings.json \"Jobs\" section or FW_Jobs__* variables.")
        {
            now,
            db,
        };
        // Synchronous on purpose: the generic host then owns Ctrl+C / SIGTERM and gives running jobs
        // Jobs:ShutdownSeconds to finish, instead of System.CommandLine's two-second termination timeout.
        command.SetAction(parse => Run(parse.GetValue(now), parse.GetValue(db)));
        return command;
    }

    private static int Run(bool scanNow, string? db)
    {
        var configuration = Configuration(db);
        IHost host;
        try
        {
            host = JobsHost.Build(configuration, new WorkerStartOptions(scanNow));
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"fw worker: {e.Message}");
            return ExitCodes.Usage;
        }

        using (host)
        {
            host.Run();
        }

        return ExitCodes.Success;
    }

    /// <summary>The shared configuration, with --db applied on top as the contract says flags are.</summary>
    internal static IConfiguration Configuration(string? db)
    {
        var configuration = FwConfiguration.Build();
        if (string.IsNullOrWhiteSpace(db))
        {
            return configuration;
        }

        return new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{JobsOptions.SectionName}:{nameof(JobsOptions.Database)}"] = db })
            .Build();
    }
}
