using BenchmarkDotNet.Running;

// Hot-path micro-benchmarks (number parsing, header matching). Whole-pipeline figures come from `fw bench`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
