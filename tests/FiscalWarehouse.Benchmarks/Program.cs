using BenchmarkDotNet.Running;
using FiscalWarehouse.Benchmarks.Harness;

// Hot-path micro-benchmarks (number parsing, header matching). Whole-pipeline figures come from `fw bench`.
// Two plain modes beside them: `golden OUT PATH...` (the parser's full output, serialized, to compare before/after an
// optimization byte for byte) `stages PASSES PATH...` (CPU time of parse + validate and each stage's share) and `allocs PASSES PATH...` (bytes
// allocated by type, sampled; `allocs-recognize` the same for recognition alone), and `alloc-sites TRACE [DEPTH] [TOP]` (the
// bytes of a dotnet-trace gc-verbose file by type and allocating frames: where to cut, not only what).
return args.FirstOrDefault() switch
{
    "golden" => GoldenDump.Run(args[1], args[2..]),
    "stages" => StageTimer.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2..]),
    "allocs" => AllocationSampler.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2..]),
    "allocs-recognize" => AllocationSampler.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2..], recognitionOnly: true),
    "alloc-sites" => AllocationSites.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 40),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
