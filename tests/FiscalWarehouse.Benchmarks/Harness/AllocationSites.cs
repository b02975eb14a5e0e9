using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace FiscalWarehouse.Benchmarks.Harness;

/// <summary>
/// `alloc-sites TRACE [DEPTH] [TOP]`: the bytes a run allocated, by type and by the first frames of our code that
/// allocated them, from the allocation ticks of a `dotnet-trace collect --profile gc-verbose` file. `allocs` says
/// which types are allocated; this says where, which is what a change needs (the same type comes from many places).
/// </summary>
/// <remarks>
/// Record with: <c>dotnet-trace collect --profile gc-verbose -o allocs.nettrace -- dotnet FiscalWarehouse.Benchmarks.dll
/// allocs 60 FILES…</c> (the warm-up parses are in the trace too; at 60 passes they are a small share).
/// </remarks>
internal static class AllocationSites
{
    public static int Run(string tracePath, int depth, int top)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(tracePath);
        try
        {
            using var log = new TraceLog(etlx);
            var bySite = new Dictionary<string, long>(StringComparer.Ordinal);
            long total = 0;
            foreach (var data in log.Events)
            {
                if (data is not GCAllocationTickTraceData tick)
                {
                    continue;
                }

                total += tick.AllocationAmount64;
                var site = tick.TypeName + "  <=  " + string.Join("  <  ", OurFrames(data.CallStack(), depth));
                bySite[site] = bySite.GetValueOrDefault(site) + tick.AllocationAmount64;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total / 1048576.0:F1} MiB sampled"));
            foreach (var (site, bytes) in bySite.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * bytes / Math.Max(total, 1),5:F1}%  {site}"));
            }

            return 0;
        }
        finally
        {
            File.Delete(etlx);
        }
    }

    /// <summary>The first frames from the allocation up, framework frames below the first of ours left out.</summary>
    private static IEnumerable<string> OurFrames(TraceCallStack? stack, int depth)
    {
        var taken = 0;
        for (var frame = stack; frame is not null && taken < depth; frame = frame.Caller)
        {
            var method = frame.CodeAddress.FullMethodName;
            if (string.IsNullOrEmpty(method) || (taken == 0 && method.StartsWith("System.", StringComparison.Ordinal)))
            {
                continue;
            }

            taken++;
            // Argument lists make a site unreadable and add nothing the method name does not say.
            var arguments = method.IndexOf('(', StringComparison.Ordinal);
            yield return (arguments > 0 ? method[..arguments] : method).Replace("FiscalWarehouse.", "", StringComparison.Ordinal);
        }
    }
}
