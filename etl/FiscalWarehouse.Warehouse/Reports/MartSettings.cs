using System.ComponentModel.DataAnnotations;

namespace FiscalWarehouse.Warehouse.Reports;

/// <summary>
/// Tunable thresholds of the marts, bound from the "Marts" section (FW_Marts__ThreePublicYoyThresholdPct). They reach the
/// views as DuckDB session variables (see sql/marts/00_mart_parameter.sql), so an analyst can also
/// <c>SET VARIABLE three_public_yoy_threshold_pct = 50</c> in a session of their own.
/// </summary>
public sealed class MartSettings
{
    public const string SectionName = "Marts";

    /// <summary>A 三公 total that grows by more than this many percent on the previous year is flagged.</summary>
    [Range(typeof(decimal), "0", "100000")]
    public decimal ThreePublicYoyThresholdPct { get; set; } = 30m;

    /// <summary>Tolerance (percentage points) between a printed rate and the recomputed one before it is flagged.</summary>
    [Range(typeof(decimal), "0", "100")]
    public decimal RateDifferenceTolerancePct { get; set; } = 0.01m;
}
