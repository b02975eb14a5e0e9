using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Model.Reports;

/// <summary>
/// One published report, read and recognized: the format-agnostic result of every reader.
/// Identity of "the same report" across versions is (normalized unit name, year, kind, phase); identity of
/// "the same content" is <see cref="SourceDocument.ContentHash"/>.
/// </summary>
public sealed record Report(
    SourceDocument Document,
    string UnitName,
    string? RegionName,
    int? Year,
    ReportKind Kind,
    ReportPhase Phase,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<NarrativeFigure> Narrative)
{
    /// <summary>The cover line the unit name was read from.</summary>
    public SourceRef? UnitSource { get; init; }

    /// <summary>The parent department where the document prints one (主管部门).</summary>
    public string? ParentDepartment { get; init; }
}
