using System.Globalization;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// One measured figure: what, how much, in which unit, against which target (null when none), and the verdict: the
/// target is written as an operator and a number ("&lt; 60 s", "≥ 500 reports/s", "≤ 1.5×"), so every run judges itself.
/// </summary>
internal sealed record BenchFigure(string Section, string Measure, decimal? Value, string Unit, string? Target = null, string? Note = null)
{
    public string? Verdict => Target is null || Value is not { } value ? null : Meets(value, Target) ? "met" : "MISSED";

    internal static bool Meets(decimal value, string target)
    {
        var text = target.TrimStart();
        var op = text.StartsWith("<=", StringComparison.Ordinal) || text.StartsWith('≤') ? "≤"
            : text.StartsWith(">=", StringComparison.Ordinal) || text.StartsWith('≥') ? "≥"
            : text.StartsWith('<') ? "<"
            : text.StartsWith('>') ? ">"
            : throw new ArgumentException($"target '{target}' does not start with <, ≤, > or ≥", nameof(target));
        var digits = new string([.. text.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(c => char.IsAsciiDigit(c) || c == '.')]);
        var threshold = decimal.Parse(digits, NumberStyles.Number, CultureInfo.InvariantCulture);
        return op switch
        {
            "≤" => value <= threshold,
            "≥" => value >= threshold,
            "<" => value < threshold,
            _ => value > threshold,
        };
    }
}
