using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Cli.Output;

/// <summary>One document of the coverage report: what was recognized, or why it was refused.</summary>
internal sealed record CoverageRow(
    string File,
    string Identity,
    int Tables,
    int Standard,
    int Generic,
    int Errors,
    int Warnings,
    int Infos,
    int ChecksPassed,
    int ChecksRun,
    string? Refusal)
{
    private const string GenericId = "generic";

    public static CoverageRow Of(ParsedReport parsed)
    {
        var report = parsed.Report;
        var generic = report.Tables.Count(t => string.Equals(t.CatalogId, GenericId, StringComparison.Ordinal));
        var identity = $"{report.UnitName} {report.Year} {report.Kind.Label()}{report.Phase.Label()}".Trim();
        return new CoverageRow(report.Document.FileName, identity, report.Tables.Count, report.Tables.Count - generic, generic,
            parsed.Findings.Count(f => f.Severity == Severity.Error),
            parsed.Findings.Count(f => f.Severity == Severity.Warning),
            parsed.Findings.Count(f => f.Severity == Severity.Info),
            parsed.Checks.Passed, parsed.Checks.Run, null);
    }

    public static CoverageRow Refused(string file, string reason) => new(file, "", 0, 0, 0, 0, 0, 0, 0, 0, reason);
}
