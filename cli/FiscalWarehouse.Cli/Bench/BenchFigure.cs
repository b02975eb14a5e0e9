namespace FiscalWarehouse.Cli.Bench;

/// <summary>One measured figure: what, how much, in which unit, against which target (null when none).</summary>
internal sealed record BenchFigure(string Section, string Measure, decimal? Value, string Unit, string? Target = null, string? Note = null);
