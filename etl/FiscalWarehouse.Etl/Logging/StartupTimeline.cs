using System.Collections.Concurrent;
using System.Diagnostics;

namespace FiscalWarehouse.Etl.Logging;

/// <summary>
/// When each step of a short run happened, in milliseconds since the process started, printed to stderr at exit when
/// FW_LOAD_PROFILE=1: durations alone (the warehouse's LoadProfile) do not show what overlaps what, and a one-file
/// `fw load` is mostly steps running side by side on two cores (docs/benchmarks.md, "startup"). A flag test when off.
/// </summary>
public static class StartupTimeline
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("FW_LOAD_PROFILE") == "1";
    private static readonly ConcurrentQueue<(double Ms, double CpuMs, int Thread, string Step)> Marks = new();
    private static readonly DateTime Started = Enabled ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;

    static StartupTimeline()
    {
        if (Enabled)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Print();
        }
    }

    /// <summary>Records that <paramref name="step"/> happened now, on this thread.</summary>
    public static void Mark(string step)
    {
        if (Enabled)
        {
            using var process = Process.GetCurrentProcess();
            Marks.Enqueue(((DateTime.UtcNow - Started).TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds, Environment.CurrentManagedThreadId, step));
        }
    }

    private static void Print()
    {
        Mark("exit");
        // The process's CPU time so far beside each mark: on a busy machine wall time says more about the neighbours.
        foreach (var (ms, cpuMs, thread, step) in Marks.OrderBy(m => m.Ms))
        {
            Console.Error.WriteLine($"timeline {ms,7:F0} ms {cpuMs,6:F0} CPU-ms  t{thread,-3} {step}");
        }
    }
}
