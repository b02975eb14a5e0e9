using System.Globalization;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Model.Findings;

/// <summary>
/// A validation result. Printed numbers are never corrected: a finding says what was expected, what is printed
/// and the difference, and where (rule, table, row, file, line).
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    SourceRef Source,
    string? TableId = null,
    string? RowLabel = null,
    decimal? Expected = null,
    decimal? Printed = null)
{
    public decimal? Difference => Expected is { } e && Printed is { } p ? p - e : null;

    /// <summary>The line format of <c>fw validate</c>: <c>SEVERITY RULE_ID FILE:LINE message (expected X, printed Y, difference Z)</c>.</summary>
    public string ToContractLine()
    {
        var head = $"{Severity.ToString().ToLowerInvariant()} {RuleId} {Source} {Message}";
        if (Expected is null && Printed is null)
        {
            return head;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{head} (expected {Expected?.ToString(CultureInfo.InvariantCulture) ?? "-"}, printed {Printed?.ToString(CultureInfo.InvariantCulture) ?? "-"}, difference {Difference?.ToString(CultureInfo.InvariantCulture) ?? "-"})");
    }
}
