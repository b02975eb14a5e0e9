using System.Collections.Concurrent;
using System.Diagnostics;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Where a writer's wall time goes, by step (open, migrate, views, stage, each load script, commit, snapshot),
/// printed to stderr at exit when FW_LOAD_PROFILE=1, with the process's GC figures: how docs/benchmarks.md
/// attributes the milliseconds of a load. Costs one dictionary update per step when on, a flag test when off.
/// </summary>
internal static class LoadProfile
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("FW_LOAD_PROFILE") == "1";
    // Made only when on: even empty, these dictionaries were JIT-compiled in every load (docs/benchmarks.md, round 11).
    private static readonly ConcurrentDictionary<string, double>? Milliseconds = Enabled ? new(StringComparer.Ordinal) : null;
    private static readonly ConcurrentDictionary<string, double>? CpuMilliseconds = Enabled ? new(StringComparer.Ordinal) : null;

    // The calling thread's CPU time at its previous step: on a busy machine a step's wall time says more about the
    // neighbours than about the step, its thread's CPU time does not (DuckDB's own worker threads are not in it).
    [ThreadStatic]
    private static double _threadCpuAtLastStep;

    static LoadProfile()
    {
        if (Enabled)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Print();
        }
    }

    /// <summary>Adds the stopwatch's time to <paramref name="step"/> and restarts it.</summary>
    public static void Add(string step, Stopwatch watch)
    {
        if (Milliseconds is not null && CpuMilliseconds is not null)
        {
            var ms = watch.Elapsed.TotalMilliseconds;
            Milliseconds.AddOrUpdate(step, ms, (_, total) => total + ms);
            Etl.Logging.StartupTimeline.Mark(step);
            var cpu = ThreadCpu.Milliseconds();
            var spent = _threadCpuAtLastStep > 0 ? cpu - _threadCpuAtLastStep : 0;
            _threadCpuAtLastStep = cpu;
            CpuMilliseconds.AddOrUpdate(step, spent, (_, total) => total + spent);
        }

        watch.Restart();
    }

    private static void Print()
    {
        foreach (var (step, ms) in Milliseconds!.OrderByDescending(p => p.Value))
        {
            Console.Error.WriteLine($"profile {step} {ms:F1} ms, thread CPU {CpuMilliseconds!.GetValueOrDefault(step):F1} ms");
        }

        Console.Error.WriteLine($"profile gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections, " +
            $"{GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, {GC.GetTotalAllocatedBytes() >> 20} MiB allocated; " +
            $"{Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} CPU-ms");
    }
}
