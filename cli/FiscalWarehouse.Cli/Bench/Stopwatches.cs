using System.Diagnostics;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// Wall and CPU time. The machine is shared (load averages far above the 2 cores happen while other builds run), so
/// throughput "per core" is computed from this process's CPU time, which contention does not inflate; wall time is kept beside it.
/// </summary>
internal static class Stopwatches
{
    public static decimal Seconds(Action action) => Measure(action).Wall;

    public static (decimal Wall, decimal Cpu) Measure(Action action)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        self.Refresh();
        return ((decimal)watch.Elapsed.TotalSeconds, (decimal)(self.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>utime + stime of a running process from /proc/PID/stat, in seconds (0 when it has gone).</summary>
    public static decimal ProcessCpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command name; clock ticks are 100 per second on Linux.
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100m;
        }
        catch (IOException)
        {
            return 0m;
        }
    }

    public static decimal Percentile(List<double> sortedMs, decimal p) =>
        sortedMs.Count == 0 ? 0m : (decimal)sortedMs[Math.Clamp((int)Math.Ceiling((double)p * sortedMs.Count) - 1, 0, sortedMs.Count - 1)];

    /// <summary>The middle value (the upper one of an even count), as the stages' "median of N runs" has always been taken.</summary>
    public static decimal Median(IReadOnlyCollection<decimal> values) => values.Order().ElementAt(values.Count / 2);

    public static decimal Round(decimal value, int digits = 2) => decimal.Round(value, digits, MidpointRounding.AwayFromZero);

    /// <summary>The 1-minute load average, to say how contended the run was.</summary>
    public static decimal LoadAverage()
    {
        try
        {
            return decimal.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0m;
        }
    }
}
