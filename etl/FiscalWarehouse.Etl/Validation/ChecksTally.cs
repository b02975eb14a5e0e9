namespace FiscalWarehouse.Etl.Validation;

/// <summary>
/// How many accounting identities (sums, 类 = Σ款 = Σ项, cross-table, narrative and rate comparisons) a validation
/// compared, and how many held within tolerance: what the coverage report prints beside the findings.
/// </summary>
public readonly record struct ChecksTally(int Run, int Passed)
{
    public override string ToString() => $"{Passed}/{Run}";
}
