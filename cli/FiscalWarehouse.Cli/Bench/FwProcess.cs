using System.Diagnostics;
using System.Globalization;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// Runs a child `dotnet fw.dll ARGS` (what a user runs) or another program, timed: wall time, CPU time (utime + stime
/// from /proc/PID/stat) and peak RSS (VmHWM from /proc/PID/status), sampled every 20 ms while it runs.
/// </summary>
internal static class FwProcess
{
    public sealed record Result(decimal WallSeconds, decimal CpuSeconds, long PeakKb, int ExitCode, string Output, string Error);

    public static Result Fw(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        // Always `dotnet fw.dll`, also when the bench itself runs inside a test host.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        return Run(dotnet, [Path.Combine(AppContext.BaseDirectory, "fw.dll"), .. arguments], cancellationToken);
    }

    public static Result Run(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var outputTask = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errorTask = process.StandardError.ReadToEndAsync(cancellationToken);
        long peakKb = 0;
        var cpu = 0m;
        while (!process.WaitForExit(20))
        {
            peakKb = Math.Max(peakKb, HighWaterKb(process.Id));
            cpu = Math.Max(cpu, Stopwatches.ProcessCpuSeconds(process.Id));
        }

        watch.Stop();
        return new Result((decimal)watch.Elapsed.TotalSeconds, cpu, peakKb, process.ExitCode, outputTask.Result, errorTask.Result);
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
