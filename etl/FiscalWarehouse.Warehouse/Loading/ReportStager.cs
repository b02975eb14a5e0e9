using DuckDB.NET.Data;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Appends reports, as parsed, into the stg_* tables through checked appenders (inside the caller's transaction).
/// One stager serves a whole batch: opening an appender costs a catalog lookup, so each table gets one per batch.
/// Cells get their family, subject code, printed unit and 元 amount here; turning them into facts is SQL (sql/load).
/// Dispose flushes the appenders; the load scripts must run after that.
/// </summary>
internal sealed class ReportStager(DuckDBConnection connection, SubjectCodes subjects, Func<string, IReadOnlyList<(string Name, string Type)>> columnsOf) : IDisposable
{
    private readonly Dictionary<string, CheckedAppender> _appenders = new(StringComparer.Ordinal);

    /// <summary>Stages the report; returns findings found while staging (amounts that are not exact in 元).</summary>
    public IReadOnlyList<Finding> Stage(StagedReport staged)
    {
        var extra = new List<Finding>();
        var report = staged.Parsed.Report;
        var rv = staged.ReportVersionId;
        StageReport(staged);
        var tables = Appender("stg_table");
        var columns = Appender("stg_column");
        var rows = Appender("stg_row");
        var cells = Appender("stg_cell");
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
                if (row.Cells.Count == 0)
                {
                    continue;
                }

                var subject = subjects.For(row.Code, row.Label, family);
                var part = family == TableFamilies.ThreePublic ? ThreePublicParts.OfRow(UnitNames.Normalize(row.Label)) : null;
                rows.Row().Long(rv).Int(t + 1).Int(r + 1)
                    .Text(row.Code).Text(row.Label).Text(subject?.Level ?? LevelText(row.Level)).Text(RowKindText(row.Kind)).Text(row.LineNo).Int(row.Indent)
                    .Text(subject?.Code).Text(subject?.System).Text(subject?.Level).Bool(subject?.MappedByName ?? false).Text(part).End();
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
                    cells.Row().Long(rv).Int(cellOrdinal).Int(t + 1).Int(r + 1).Text(cellFamily).Int(cell.ColumnIndex)
                        .Text(cell.Value.Printed).Text(unit).Text(CellAmounts.KindText(cell.Value.Kind)).Decimal(number).Decimal(yuan).Bool(cell.Value.IsPercent)
                        .Int(cell.Source.Line).Int(cell.Source.Page).Text(cell.Source.LineLabel).End();
                }
            }
        }

        StageNarrative(rv, report.Narrative);
        StoreSourceLines(rv, report.Document.Lines);
        StageFindings(rv, [.. staged.Parsed.Findings.Select(f => (f, "validation")), .. staged.WarehouseFindings.Concat(extra).Select(f => (f, "warehouse"))]);
        return extra;
    }

    public void Dispose()
    {
        foreach (var appender in _appenders.Values)
        {
            appender.Dispose();
        }

        _appenders.Clear();
    }

    private CheckedAppender Appender(string table)
    {
        if (!_appenders.TryGetValue(table, out var appender))
        {
            appender = new CheckedAppender(connection, table, columnsOf(table));
            _appenders.Add(table, appender);
        }

        return appender;
    }

    private void StageReport(StagedReport staged)
    {
        var report = staged.Parsed.Report;
        var document = report.Document;
        var appender = Appender("stg_report");
        appender.Row().Long(staged.ReportVersionId).Text(staged.ReportKey).Text(document.FileName).Text(document.ContentHash)
            .Text(report.UnitName).Text(staged.UnitName).Text(report.RegionName).Text(staged.RegionCode).Int(report.Year)
            .Text(report.Kind.Label()).Text(report.Phase.Label()).Text(report.ParentDepartment)
            .Text(document.Format.ToString()).Text(document.EncodingName).Long(document.SizeBytes).Int(report.UnitSource?.Line)
            .Int(0).Timestamp(staged.LoadedAt).End();
    }

    private void StageNarrative(long rv, IReadOnlyList<NarrativeFigure> figures)
    {
        var appender = Appender("stg_narrative");
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
        var appender = Appender("report_source_line");
        foreach (var line in lines.DistinctBy(l => l.Number))
        {
            appender.Row().Long(rv).Int(line.Number).Int(line.Page).Text(line.Text).End();
        }
    }

    private void StageFindings(long rv, IReadOnlyList<(Finding Finding, string Origin)> findings)
    {
        var appender = Appender("stg_finding");
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
