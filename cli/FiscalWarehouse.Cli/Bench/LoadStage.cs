using System.Diagnostics;
using System.Globalization;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// End to end: a separate `fw load DIR --db FILE` process (what a user runs), timed, with its peak RSS read from
/// /proc/PID/status (VmHWM, the high-water mark) while it runs.
/// </summary>
internal static class LoadStage
{
    public static IEnumerable<BenchFigure> Run(string reportsDir, string dbPath, int reports, CancellationToken cancellationToken)
    {
        foreach (var f in new[] { dbPath, dbPath + ".wal", dbPath + ".snapshot" })
        {
            File.Delete(f);
        }

        // Always `dotnet fw.dll`, also when the bench itself runs inside a test host.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var fwDll = Path.Combine(AppContext.BaseDirectory, "fw.dll");
        var start = new ProcessStartInfo(dotnet, [fwDll, "load", reportsDir, "--db", dbPath]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var outputTask = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errorTask = process.StandardError.ReadToEndAsync(cancellationToken);
        long peakKb = 0;
        var cpu = 0m;
        while (!process.WaitForExit(50))
        {
            peakKb = Math.Max(peakKb, HighWaterKb(process.Id));
            cpu = Math.Max(cpu, Stopwatches.ProcessCpuSeconds(process.Id));
        }

        watch.Stop();
        var output = outputTask.Result;
        var loaded = output.Split('\n').Count(l => l.Contains(": loaded", StringComparison.Ordinal));
        var rejected = output.Split('\n').Count(l => l.Contains(": rejected", StringComparison.Ordinal));
        var seconds = (decimal)watch.Elapsed.TotalSeconds;
        var label = reports.ToString("N0", CultureInfo.InvariantCulture);
        yield return new BenchFigure("end-to-end", $"{label} reports: load time", Stopwatches.Round(seconds, 1), "s", reports >= 10_000 ? "< 60 s" : null, $"{loaded} loaded, {rejected} rejected, exit {process.ExitCode}");
        yield return new BenchFigure("end-to-end", $"{label} reports: CPU time of the load process", Stopwatches.Round(cpu, 1), "s", Note: "user + sys, all threads (last sample before exit)");
        yield return new BenchFigure("end-to-end", $"{label} reports: throughput", Stopwatches.Round(reports / seconds, 1), "reports/s", Note: $"{Stopwatches.Round(reports / Math.Max(cpu, 0.01m), 1)} reports per CPU-second");
        yield return new BenchFigure("end-to-end", $"{label} reports: peak RSS", Stopwatches.Round(peakKb / 1024m, 0), "MiB", reports >= 10_000 ? "< 1024 MiB" : null);
        yield return new BenchFigure("end-to-end", $"{label} reports: warehouse file", Stopwatches.Round(new FileInfo(dbPath).Length / 1048576m, 1), "MiB");
        if (process.ExitCode > 1)
        {
            yield return new BenchFigure("end-to-end", "fw load failed", process.ExitCode, "exit", Note: errorTask.Result.Split('\n')[0]);
        }
    }

    private static long HighWaterKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
