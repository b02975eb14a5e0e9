using System.CommandLine;
using System.Globalization;
using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Jobs.Ledger;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw jobs status` (last runs from the ledger, queue lengths) and `fw jobs trigger scan`.</summary>
internal static class JobsCommand
{
    public static Command Create()
    {
        var command = new Command("jobs", "Inspect and drive the job worker.");
        command.Subcommands.Add(Status());
        command.Subcommands.Add(Trigger());
        return command;
    }

    private static Command Status()
    {
        var db = CommonOptions.Database();
        var status = new Command("status", "The last runs of the worker (etl_run: trigger, host, files by outcome) and, with PostgreSQL storage, the queues.") { db };
        status.SetAction(parse => PrintStatus(parse.GetValue(db), Console.Out));
        return status;
    }

    private static Command Trigger()
    {
        var what = new Argument<string>("JOB") { Description = "What to run now: scan." };
        what.AcceptOnlyFromAmong("scan");
        var trigger = new Command("trigger", "Run a job now instead of waiting for the schedule.") { what };
        trigger.SetAction(parse =>
        {
            var (jobs, warehouse) = JobsConfiguration.Read(FwConfiguration());
            Console.Out.WriteLine(JobsControl.TriggerScan(jobs, new JobPaths(jobs, warehouse)));
            return ExitCodes.Success;
        });
        return trigger;
    }

    private static Microsoft.Extensions.Configuration.IConfiguration FwConfiguration() => WorkerCommand.Configuration(null);

    internal static int PrintStatus(string? db, TextWriter output)
    {
        var (jobs, warehouse) = JobsConfiguration.Read(WorkerCommand.Configuration(db));
        var paths = new JobPaths(jobs, warehouse);
        if (!File.Exists(paths.Database))
        {
            output.WriteLine($"no warehouse at {paths.Database}: no runs yet");
            return ExitCodes.Success;
        }

        var runs = LedgerReader.LastRuns(paths.Database, out var note);
        if (note is not null)
        {
            output.WriteLine(note);
        }

        output.WriteLine("run_id\ttrigger\thost\tstarted_utc\tended_utc\tclaimed\twaiting\tloaded\tunchanged\treplaced\trejected\tfailed");
        foreach (var r in runs)
        {
            output.WriteLine(string.Join('\t',
                r.RunId, r.Trigger, r.Host, Time(r.StartedUtc), r.EndedUtc is { } end ? Time(end) : "running",
                Number(r.FilesClaimed), Number(r.FilesWaiting), Number(r.Loaded), Number(r.Unchanged), Number(r.Replaced), Number(r.Rejected), Number(r.Failed)));
        }

        if (runs.Count == 0)
        {
            output.WriteLine("(no runs recorded)");
        }

        if (JobsControl.QueueState(jobs) is { } state)
        {
            output.WriteLine($"servers: {state.Servers}, failed jobs: {state.Failed}");
            foreach (var queue in state.Queues)
            {
                output.WriteLine($"queue {queue.Name}: {queue.Length} enqueued, {queue.Fetched ?? 0} fetched");
            }
        }

        return ExitCodes.Success;
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
