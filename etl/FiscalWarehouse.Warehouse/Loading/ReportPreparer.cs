using System.Globalization;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Turns a parsed report into the warehouse's rows (<see cref="PreparedReport"/>): families, subjects, units, 元
/// conversion, measure and fund defaults, report key, region. Pure and thread-safe, so the parse workers run it and
/// the loading thread is left with the DuckDB calls. Only the report version id is left to the loader.
/// </summary>
internal sealed class ReportPreparer(RegionResolver regions, SubjectCodes subjects)
{
    public PreparedReport Prepare(ParsedReport parsed)
    {
        var report = parsed.Report;
        var unitName = UnitNames.Normalize(report.UnitName);
        var key = string.Join('|', unitName, report.Year?.ToString(CultureInfo.InvariantCulture) ?? "", report.Kind.Label(), report.Phase.Label());
        var resolution = regions.Resolve(unitName, report.RegionName);
        var warehouseFindings = new List<Finding>();
        if (resolution.Region is null)
        {
            warehouseFindings.Add(new Finding("warehouse.region_unresolved", Severity.Warning,
                $"unit '{report.UnitName}' not resolved to a region: {resolution.Problem}",
                report.UnitSource ?? ReportStager.Nowhere(report.Document.FileName)));
        }

        var phaseMeasure = report.Phase switch
        {
            ReportPhase.Budget => Meanings.Measure.InitialBudget,
            ReportPhase.FinalAccount => Meanings.Measure.FinalAccount,
            _ => null,
        };
        var tables = new List<PreparedTable>(report.Tables.Count);
        var facts = new List<FactRow>();
        var subjectRows = new List<SubjectRow>();
        var cellFindings = new List<Finding>();
        for (var t = 0; t < report.Tables.Count; t++)
        {
            var before = facts.Count;
            var table = report.Tables[t];
            var family = TableFamilies.ForTable(table);
            var fund = TableFamilies.FundSourceOf(table);
            AddTableFacts(table, t + 1, family, fund, phaseMeasure, facts, subjectRows, cellFindings);
            tables.Add(PreparedTable.Of(table, t + 1, family, facts.Count - before));
        }

        var figures = new List<PreparedFigure>(report.Narrative.Count);
        foreach (var f in report.Narrative)
        {
            var unit = f.Unit.Label();
            var yuan = CellAmounts.IsNonMoneyMeasure(f.Measure) ? null : CellAmounts.ToYuan(f.Value, unit, out _);
            if (!StoredDecimals.Fit(f.Value, yuan))
            {
                cellFindings.Add(new Finding("warehouse.number_out_of_range", Severity.Error,
                    $"the narrative's {f.Value} {unit} is beyond the numbers the warehouse stores ({StoredDecimals.Ranges}); not stored",
                    f.Source));
                continue;
            }

            figures.Add(new PreparedFigure(f, unit, yuan));
        }

        var findings = new List<PreparedFinding>(parsed.Findings.Count + warehouseFindings.Count + cellFindings.Count);
        findings.AddRange(parsed.Findings.Select(f => new PreparedFinding(f, "validation", TableOf(f, tables))));
        findings.AddRange(warehouseFindings.Concat(cellFindings).Select(f => new PreparedFinding(f, "warehouse", TableOf(f, tables))));
        var text = SourceText.Of(report.Document.Lines);
        var slim = parsed with { Report = report with { Document = report.Document with { Lines = [] }, Tables = [] } };
        return new PreparedReport(slim, key, unitName, resolution.Region?.Code, tables, facts, figures, findings, subjectRows, text);
    }

    private void AddTableFacts(ReportTable table, int ordinal, string family, string? fund, string? phaseMeasure,
        List<FactRow> facts, List<SubjectRow> subjectRows, List<Finding> cellFindings)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Cells.Count == 0)
            {
                continue;
            }

            var subject = subjects.For(row.Code, row.Label, family);
            var rowPart = family == TableFamilies.ThreePublic ? ThreePublicParts.OfRow(UnitNames.Normalize(row.Label)) : null;
            var rowKind = RowKindText(row.Kind);
            if (subject is { System: SubjectCodes.Function or SubjectCodes.DepartmentEconomic or SubjectCodes.GovernmentEconomic })
            {
                subjectRows.Add(new SubjectRow(subject.Code, subject.System, subject.Level, row.Label, facts.Count + 1, subject.MappedByName));
            }

            foreach (var cell in row.Cells)
            {
                var column = table.Columns[cell.ColumnIndex];
                var meaning = column.Meaning;
                var cellFamily = TableFamilies.ForCell(table, family, column, row.Code);
                var unit = CellAmounts.PrintedUnit(table, meaning, row.Label, cell.Value.IsPercent, cellFamily);
                var number = cell.Value.Kind == CellValueKind.Number ? cell.Value.Number : null;
                var yuan = CellAmounts.ToYuan(number, unit, out var exact);
                var kind = CellAmounts.KindText(cell.Value.Kind);
                if (!StoredDecimals.Fit(number, yuan))
                {
                    cellFindings.Add(new Finding("warehouse.number_out_of_range", Severity.Error,
                        $"{cell.Value.Printed} {unit} is beyond the numbers the warehouse stores ({StoredDecimals.Ranges}); kept as printed text only",
                        cell.Source, table.CatalogId, row.Label));
                    (number, yuan, kind) = (null, null, CellAmounts.KindText(CellValueKind.Text));
                }
                else if (!exact)
                {
                    cellFindings.Add(new Finding("warehouse.amount_not_exact_in_yuan", Severity.Warning,
                        $"{cell.Value.Printed} {unit} is not a whole number of fen; stored rounded to 0.01 元", cell.Source, table.CatalogId, row.Label));
                }

                facts.Add(new FactRow
                {
                    Family = cellFamily,
                    CellOrdinal = facts.Count + 1,
                    TableOrdinal = ordinal,
                    CatalogId = table.CatalogId,
                    TableSubject = table.Subject,
                    SubjectCode = subject?.Code,
                    SubjectSystem = subject?.System,
                    SubjectLevel = subject?.Level,
                    CodeMappedByName = subject?.MappedByName ?? false,

                    // A column that names no measure holds the report's own phase, except in performance forms, where an
                    // unnamed column is an indicator value; a column that names no fund holds the fund the title names.
                    Measure = meaning.Measure ?? (cellFamily == TableFamilies.Performance ? null : phaseMeasure),
                    FundSource = meaning.FundSource ?? fund,
                    ExpenseType = meaning.ExpenseType,
                    Part = meaning.Part ?? rowPart,
                    Block = meaning.Block,
                    AmountYuan = yuan,
                    Value = number,
                    ValueKind = kind,
                    IsPercent = cell.Value.IsPercent,
                    PrintedText = cell.Value.Printed,
                    PrintedUnit = unit,
                    RowCode = row.Code,
                    RowLabel = row.Label,
                    RowKind = rowKind,
                    RowLineNo = row.LineNo,
                    ColumnPath = column.Path,
                    SourceFile = table.Source.File,
                    SourceLine = cell.Source.Line,
                    SourcePage = cell.Source.Page,
                });
            }
        }
    }

    /// <summary>The first recognized table whose catalog id the finding names and whose lines contain it.</summary>
    private static int? TableOf(Finding finding, List<PreparedTable> tables)
    {
        if (finding.TableId is null)
        {
            return null;
        }

        foreach (var t in tables)
        {
            if (t.CatalogId == finding.TableId && finding.Source.Line >= t.Source.Line && finding.Source.Line <= t.LastLine)
            {
                return t.Ordinal;
            }
        }

        return null;
    }

    internal static string RowKindText(RowKind kind) => kind switch
    {
        RowKind.Total => "total",
        RowKind.Footer => "footer",
        _ => "detail",
    };
}
