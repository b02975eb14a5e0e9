using FiscalWarehouse.Generator.Defects;
using FiscalWarehouse.Generator.Truth;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator;

/// <summary>One generated report: its bytes and everything the truth folder says about it.</summary>
public sealed class GeneratedReport
{
    public required string FileName { get; init; }

    public required byte[] Bytes { get; set; }

    public required string Unit { get; init; }

    public required string CountyCode { get; init; }

    public required int Year { get; init; }

    /// <summary>部门 or 单位.</summary>
    public required string Kind { get; init; }

    /// <summary>预算 or 决算.</summary>
    public required string Phase { get; init; }

    public required ReportStyle Style { get; init; }

    public List<TruthFact> Facts { get; set; } = [];

    public List<PlantedDefect> Defects { get; } = [];

    public ExecutionRateRow? ExecutionRate { get; set; }

    public ThreePublicRow? ThreePublic { get; set; }

    /// <summary>True when the report must be rejected (it cannot be read), false when it must load.</summary>
    public bool ExpectRejected => Defects.Any(d => d.Kind == DefectKind.InvalidBytes);
}
