using DuckDB.NET.Data;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Appends one report, as parsed, into the stg_* tables through checked appenders (inside the caller's transaction).
/// Cells get their family, subject code, printed unit and 元 amount here; turning them into facts is SQL (sql/load).
/// </summary>
internal sealed class ReportStager(DuckDBConnection connection, SubjectCodes subjects)
{
    /// <summary>Stages the report; returns findings found while staging (amounts that are not exact in 元).</summary>
    public IReadOnlyList<Finding> Stage(StagedReport staged)
    {
        var extra = new List<Finding>();
        var report = staged.Parsed.Report;
        var rv = staged.ReportVersionId;
        StageReport(staged);
        using (var tables = new CheckedAppender(connection, "stg_table"))
        using (var columns = new CheckedAppender(connection, "stg_column"))
        using (var cells = new CheckedAppender(connection, "stg_cell"))
        {
            var cellOrdinal = 0;
            for (var t = 0; t < report.Tables.Count; t++)
            {
                var table = report.Tables[t];
                var family = TableFamilies.ForTable(table);
                tables.Row().Long(rv).Int(t + 1).Text(table.CatalogId).Text(family).Text(TableFamilies.FundSourceOf(table))
                    .Text(table.PrintedTitle).Text(table.PrintedNumber).Text(table.Unit.Label()).Bool(table.IsKnownEmpty).Text(table.Subject)
                    .Text(table.Source.File).Int(table.Source.Line).Int(table.Source.Page).Int(table.LastLine)
                    .Int(table.Columns.Count).Int(table.Rows.Count).End();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var meaning = table.Columns[c].Meaning;
                    columns.Row().Long(rv).Int(t + 1).Int(c).Text(table.Columns[c].Path).Text(meaning.Measure).Text(meaning.FundSource)
                        .Text(meaning.ExpenseType).Text(meaning.Part).Text(meaning.Block).End();
                }

                for (var r = 0; r < table.Rows.Count; r++)
                {
                    var row = table.Rows[r];
                    var subject = subjects.For(row.Code, row.Label, family);
                    var part = family == TableFamilies.ThreePublic ? ThreePublicParts.FromLabel(row.Label) : null;
                    foreach (var cell in row.Cells)
                    {
                        var column = table.Columns[cell.ColumnIndex];
                        var cellFamily = TableFamilies.ForCell(table, family, column, row.Code);
                        var unit = CellAmounts.PrintedUnit(table, column.Meaning, row.Label, cell.Value.IsPercent, cellFamily);
                        var number = cell.Value.Kind == CellValueKind.Number ? cell.Value.Number : null;
                        var yuan = CellAmounts.ToYuan(number, unit, out var exact);
                        if (!exact)
                        {
                            extra.Add(new Finding("warehouse.amount_not_exact_in_yuan", Severity.Warning,
                                $"{cell.Value.Printed} {unit} is not a whole number of fen; stored rounded to 0.01 元", cell.Source, table.CatalogId, row.Label));
                        }

                        cellOrdinal++;
                        cells.Row().Long(rv).Int(cellOrdinal).Int(t + 1).Int(r + 1).Text(cellFamily)
                            .Text(row.Code).Text(row.Label).Text(subject?.Level ?? LevelText(row.Level)).Text(RowKindText(row.Kind)).Text(row.LineNo).Int(row.Indent)
                            .Int(cell.ColumnIndex).Text(subject?.Code).Text(subject?.System).Text(subject?.Level).Bool(subject?.MappedByName ?? false).Text(part)
                            .Text(cell.Value.Printed).Text(unit).Text(CellAmounts.KindText(cell.Value.Kind)).Decimal(number).Decimal(yuan).Bool(cell.Value.IsPercent)
                            .Int(cell.Source.Line).Int(cell.Source.Page).Text(cell.Source.LineLabel).End();
                    }
                }
            }
        }

        StageNarrative(rv, report.Narrative);
        StoreSourceLines(rv, report.Document.Lines);
        StageFindings(rv, [.. staged.Parsed.Findings.Select(f => (f, "validation")), .. staged.WarehouseFindings.Concat(extra).Select(f => (f, "warehouse"))]);
        return extra;
    }

    private void StageReport(StagedReport staged)
    {
        var report = staged.Parsed.Report;
        var document = report.Document;
        using var appender = new CheckedAppender(connection, "stg_report");
        appender.Row().Long(staged.ReportVersionId).Text(staged.ReportKey).Text(document.FileName).Text(document.ContentHash)
            .Text(report.UnitName).Text(staged.UnitName).Text(report.RegionName).Text(staged.RegionCode).Int(report.Year)
            .Text(report.Kind.Label()).Text(report.Phase.Label()).Text(report.ParentDepartment)
            .Text(document.Format.ToString()).Text(document.EncodingName).Long(document.SizeBytes).Int(report.UnitSource?.Line)
            .Int(staged.Version).Timestamp(staged.LoadedAt).End();
    }

    private void StageNarrative(long rv, IReadOnlyList<NarrativeFigure> figures)
    {
        using var appender = new CheckedAppender(connection, "stg_narrative");
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            var unit = f.Unit.Label();
            var yuan = CellAmounts.IsNonMoneyMeasure(f.Measure) ? null : CellAmounts.ToYuan(f.Value, unit, out _);
            appender.Row().Long(rv).Int(i + 1).Text(f.Topic).Text(f.Measure).Text(f.Subject).Text(f.SubjectCode)
                .Decimal(f.Value).Decimal(yuan).Text(unit).Text(f.PrintedText).Text(f.Sentence)
                .Int(f.Source.Line).Int(f.Source.Page).Text(f.Source.LineLabel).End();
        }
    }

    /// <summary>The dashboards show a fact's line in context (migration 0040): the text goes in with the report, in its transaction.</summary>
    private void StoreSourceLines(long rv, IReadOnlyList<SourceLine> lines)
    {
        using var appender = new CheckedAppender(connection, "report_source_line");
        foreach (var line in lines.DistinctBy(l => l.Number))
        {
            appender.Row().Long(rv).Int(line.Number).Int(line.Page).Text(line.Text).End();
        }
    }

    private void StageFindings(long rv, IReadOnlyList<(Finding Finding, string Origin)> findings)
    {
        using var appender = new CheckedAppender(connection, "stg_finding");
        for (var i = 0; i < findings.Count; i++)
        {
            var (f, origin) = findings[i];
            appender.Row().Long(rv).Int(i + 1).Text(f.RuleId).Text(f.Severity.ToString().ToLowerInvariant()).Text(f.Message)
                .Text(f.TableId).Text(f.RowLabel).Text(f.Source.File).Int(f.Source.Line).Text(f.Source.LineLabel)
                .Decimal(f.Expected).Decimal(f.Printed).Decimal(f.Difference).Text(origin).End();
        }
    }

    private static string? LevelText(SubjectLevel level) => level switch
    {
        SubjectLevel.Class => "类",
        SubjectLevel.Section => "款",
        SubjectLevel.Item => "项",
        _ => null,
    };

    private static string RowKindText(RowKind kind) => kind switch
    {
        RowKind.Total => "total",
        RowKind.Footer => "footer",
        _ => "detail",
    };

    internal static SourceRef Nowhere(string file) => new(file, 1);
}
