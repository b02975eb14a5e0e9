using System.Globalization;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>End to end: a separate `fw load DIR --db FILE` process (what a user runs), timed, with its peak RSS.</summary>
internal static class LoadStage
{
    public static IEnumerable<BenchFigure> Run(string reportsDir, string dbPath, int reports, CancellationToken cancellationToken)
    {
        var run = FwProcess.Fw(["load", reportsDir, "--db", BenchWarehouse.Fresh(dbPath)], cancellationToken);
        var loaded = run.Output.Split('\n').Count(l => l.Contains(": loaded", StringComparison.Ordinal));
        var rejected = run.Output.Split('\n').Count(l => l.Contains(": rejected", StringComparison.Ordinal));
        var seconds = run.WallSeconds;
        var cpu = run.CpuSeconds;
        var label = reports.ToString("N0", CultureInfo.InvariantCulture);
        yield return new BenchFigure("end-to-end", $"{label} reports: load time", Stopwatches.Round(seconds, 1), "s", reports >= 10_000 ? "< 60 s" : null,
            $"{loaded} loaded, {rejected} rejected, exit {run.ExitCode}, load average {Stopwatches.LoadAverage()}");
        yield return new BenchFigure("end-to-end", $"{label} reports: CPU time of the load process", Stopwatches.Round(cpu, 1), "s", Note: "user + sys, all threads (last sample before exit)");
        yield return new BenchFigure("end-to-end", $"{label} reports: throughput", Stopwatches.Round(reports / seconds, 1), "reports/s", Note: $"{Stopwatches.Round(reports / Math.Max(cpu, 0.01m), 1)} reports per CPU-second");
        yield return new BenchFigure("end-to-end", $"{label} reports: peak RSS", Stopwatches.Round(run.PeakKb / 1024m, 0), "MiB", reports >= 10_000 ? "< 1024 MiB" : null);
        yield return new BenchFigure("end-to-end", $"{label} reports: warehouse file", Stopwatches.Round(new FileInfo(dbPath).Length / 1048576m, 1), "MiB");
        if (run.ExitCode > 1)
        {
            yield return new BenchFigure("end-to-end", "fw load failed", run.ExitCode, "exit", Note: run.Error.Split('\n')[0]);
        }
    }
}
