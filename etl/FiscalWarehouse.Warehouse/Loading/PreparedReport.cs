using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// A parsed report turned into the rows the warehouse stores, everything but the report version id: identity, region,
/// tables, facts, narrative, findings, the subject codes its rows print, and its source text. Built off the loading
/// thread (<see cref="ReportPreparer"/>), so that thread only numbers the version and appends.
/// <see cref="Parsed"/> is the report without its lines and tables (those are now rows): a batch waiting for the
/// loader holds only what will be appended, which keeps the parse graph from being promoted to gen 2 (GC time was a
/// quarter of a load's CPU).
/// </summary>
internal sealed record PreparedReport(
    ParsedReport Parsed,
    string ReportKey,
    string UnitName,
    string? RegionCode,
    IReadOnlyList<PreparedTable> Tables,
    IReadOnlyList<FactRow> Facts,
    IReadOnlyList<PreparedFigure> Narrative,
    IReadOnlyList<PreparedFinding> Findings,
    IReadOnlyList<SubjectRow> Subjects,
    SourceText Text)
{
    public int FactCount => Facts.Count + Narrative.Count;
}

/// <summary>A recognized table (report_table's columns) with the family its cells go to and how many facts it holds.</summary>
internal sealed record PreparedTable(
    int Ordinal, string CatalogId, string Family, string PrintedTitle, string? PrintedNumber, string Unit, bool IsKnownEmpty, string? Subject,
    SourceRef Source, int LastLine, int ColumnCount, int RowCount, int FactCount)
{
    public static PreparedTable Of(ReportTable table, int ordinal, string family, int factCount) =>
        new(ordinal, table.CatalogId, family, table.PrintedTitle, table.PrintedNumber, table.Unit.Label(), table.IsKnownEmpty, table.Subject,
            table.Source, table.LastLine, table.Columns.Count, table.Rows.Count, factCount);
}

/// <summary>A narrative figure with its printed unit and 元 amount.</summary>
internal sealed record PreparedFigure(Model.Reports.NarrativeFigure Figure, string Unit, decimal? AmountYuan);

/// <summary>A finding, its origin (validation / warehouse) and the ordinal of the recognized table it falls in, if any.</summary>
internal sealed record PreparedFinding(Finding Finding, string Origin, int? TableOrdinal);

/// <summary>A classified row the subject dimensions collect (sql/load/080, 085): code, system, level, printed name, first cell.</summary>
internal sealed record SubjectRow(string Code, string System, string Level, string Label, int FirstCell, bool MappedByName);
