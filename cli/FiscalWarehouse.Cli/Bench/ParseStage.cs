using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// Parse + validate throughput on one thread (= per core) against the physical floor measured in the same run: reading
/// the same bytes from disk (page cache warm for both, so the ratio isolates the CPU cost of parsing).
/// </summary>
internal static class ParseStage
{
    /// <param name="warmUpParses">
    /// Parses before measuring. The JIT needs a few hundred reports to reach its optimized, profile-guided code (the
    /// first 60 parses of a 100 KB report cost ≈ 6× the steady state): a per-core throughput figure is the steady state,
    /// and the warm-up's own cost is reported beside it.
    /// </param>
    public static IEnumerable<BenchFigure> Run(string label, IReadOnlyList<string> files, int passes, int warmUpParses, CancellationToken cancellationToken)
    {
        var parser = new ReportParser();
        long bytes = 0;
        var rejected = 0;
        var findings = 0L;
        // Warm-up: JIT (tiered, with profile-guided recompilation), rule and catalog loading, the page cache.
        var warmedUp = 0;
        var (_, warmUpCpu) = Stopwatches.Measure(() =>
        {
            while (files.Count > 0 && warmedUp < Math.Max(warmUpParses, 1))
            {
                foreach (var f in files)
                {
                    Try(parser, f, File.ReadAllBytes(f), cancellationToken);
                    if (++warmedUp >= warmUpParses)
                    {
                        break;
                    }
                }
            }
        });

        var (read, readCpu) = Stopwatches.Measure(() =>
        {
            for (var p = 0; p < passes; p++)
            {
                foreach (var f in files)
                {
                    bytes += File.ReadAllBytes(f).Length;
                }
            }
        });
        var (parse, parseCpu) = Stopwatches.Measure(() =>
        {
            for (var p = 0; p < passes; p++)
            {
                foreach (var f in files)
                {
                    var (ok, count) = Try(parser, f, File.ReadAllBytes(f), cancellationToken);
                    rejected += ok ? 0 : 1;
                    findings += count;
                }
            }
        });
        var count = files.Count * passes;
        var mb = bytes / 1_000_000m;
        var avgKb = bytes / 1000m / count;
        // The 100 KB target judges only inputs near that size: a report's fixed cost (header, rules, the validation
        // tally) does not shrink with its text, so an 18 KB corpus, raw or normalized up to 100 KB, says nothing about
        // 100 KB reports and is shown without the target.
        var nearHundredKb = avgKb > 80;
        parseCpu = Math.Max(parseCpu, 0.001m);
        readCpu = Math.Max(readCpu, 0.0001m);
        yield return new BenchFigure("parse", $"{label}: reports (avg size)", count, $"× {Stopwatches.Round(avgKb, 1)} KB");
        yield return new BenchFigure("parse", $"{label}: read bytes only, per CPU-second", Stopwatches.Round(count / readCpu, 0), "reports/s",
            Note: $"{Stopwatches.Round(mb / readCpu, 1)} MB/s; wall {Stopwatches.Round(read, 3)} s");
        yield return new BenchFigure("parse", $"{label}: parse + validate, per CPU-second (1 core)", Stopwatches.Round(count / parseCpu, 0), "reports/s",
            nearHundredKb ? "≥ 500 reports/s on 100 KB" : null,
            $"{Stopwatches.Round(mb / parseCpu, 2)} MB/s; wall {Stopwatches.Round(parse, 2)} s ({Stopwatches.Round(count / Math.Max(parse, 0.001m), 0)} reports/s); {rejected} rejected; {findings} findings; "
            + $"after a warm-up of {warmedUp} parses at {Stopwatches.Round(warmUpCpu * 1000m / Math.Max(warmedUp, 1), 1)} CPU-ms each");
        yield return new BenchFigure("parse", $"{label}: parse ÷ read (CPU time)", Stopwatches.Round(parseCpu / readCpu, 0), "×");
        yield return new BenchFigure("parse", $"{label}: normalized to 100 KB reports", Stopwatches.Round(mb / parseCpu * 10m, 0), "reports/s",
            nearHundredKb ? "≥ 500 reports/s" : null, "MB per CPU-second ÷ 0.1 MB");
    }

    private static (bool Ok, int Findings) Try(ReportParser parser, string file, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            return (true, parser.Parse(Path.GetFileName(file), bytes, cancellationToken).Findings.Count);
        }
        catch (DocumentReadException)
        {
            return (false, 0);
        }
    }
}
