using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl;

/// <summary>A report read, recognized and validated: what loading, extraction and validation commands consume.</summary>
public sealed record ParsedReport(Report Report, IReadOnlyList<Finding> Findings)
{
    /// <summary>The accounting identities validation compared, and how many held.</summary>
    public Validation.ChecksTally Checks { get; init; }
}
