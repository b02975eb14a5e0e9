using DuckDB.NET.Data;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Appends prepared reports (inside the caller's transaction) through checked appenders: the report and its subject
/// rows into staging (sql/load decides versions, units and subject dimensions across reports), everything else
/// straight into its core table. One stager serves a whole batch: opening an appender costs a catalog lookup, so each
/// table gets one per batch. Dispose flushes the appenders; the load scripts must run after that.
/// </summary>
internal sealed class ReportStager(DuckDBConnection connection, Func<string, IReadOnlyList<(string Name, string Type)>> columnsOf) : IDisposable
{
    private readonly Dictionary<string, CheckedAppender> _appenders = new(StringComparer.Ordinal);

    /// <summary>Every table a stager appends to.</summary>
    public static IReadOnlyList<string> Tables { get; } =
        ["stg_report", "report_table", FactAppender.Table, "stg_subject_row", "fact_narrative", "data_quality_finding", "report_source_text"];

    public void Stage(PreparedReport prepared, long rv, DateTime loadedAt)
    {
        StageReport(prepared, rv, loadedAt);
        var tables = Appender("report_table");
        foreach (var t in prepared.Tables)
        {
            tables.Row().Long(rv * 100_000 + t.Ordinal).Long(rv).Int(t.Ordinal).Text(t.CatalogId).Text(t.Family)
                .Text(t.PrintedTitle).Text(t.PrintedNumber).Text(t.Unit).Bool(t.IsKnownEmpty).Text(t.Subject)
                .Text(t.Source.File).Int(t.Source.Line).Int(t.Source.Page).Int(t.LastLine)
                .Int(t.ColumnCount).Int(t.RowCount).Int(t.FactCount).End();
        }

        var facts = Appender(FactAppender.Table);
        foreach (var fact in prepared.Facts)
        {
            FactAppender.Append(facts, rv, fact);
        }

        var subjects = Appender("stg_subject_row");
        foreach (var s in prepared.Subjects)
        {
            subjects.Row().Long(rv).Text(s.Code).Text(s.System).Text(s.Level).Text(s.Label).Int(s.FirstCell).Bool(s.MappedByName).End();
        }

        StageNarrative(prepared, rv);
        StageFindings(prepared, rv);
        StoreSourceText(prepared.Text, rv);
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

    private void StageReport(PreparedReport prepared, long rv, DateTime loadedAt)
    {
        var report = prepared.Parsed.Report;
        var document = report.Document;
        Appender("stg_report").Row().Long(rv).Text(prepared.ReportKey).Text(document.FileName).Text(document.ContentHash)
            .Text(report.UnitName).Text(prepared.UnitName).Text(report.RegionName).Text(prepared.RegionCode).Int(report.Year)
            .Text(report.Kind.Label()).Text(report.Phase.Label()).Text(report.ParentDepartment)
            .Text(document.Format.ToString()).Text(document.EncodingName).Long(document.SizeBytes).Int(report.UnitSource?.Line)
            .Int(0).Timestamp(loadedAt).Int(prepared.Tables.Count).Int(prepared.FactCount).Int(prepared.Findings.Count).End();
    }

    /// <summary>Narrative fact ids follow the report's cells (cell ordinals start at 1, figures after the last cell).</summary>
    private void StageNarrative(PreparedReport prepared, long rv)
    {
        var appender = Appender("fact_narrative");
        var file = prepared.Parsed.Report.Document.FileName;
        for (var i = 0; i < prepared.Narrative.Count; i++)
        {
            var (f, unit, yuan) = prepared.Narrative[i];
            appender.Row().Long(rv * 10_000_000 + prepared.Facts.Count + i + 1).Long(rv).Text(f.Topic).Text(f.Measure).Text(f.Subject).Text(f.SubjectCode)
                .Decimal(yuan).Decimal(f.Value).Text(f.PrintedText).Text(unit).Text(f.Sentence)
                .Text(file).Int(f.Source.Line).Int(f.Source.Page).End();
        }
    }

    private void StageFindings(PreparedReport prepared, long rv)
    {
        var appender = Appender("data_quality_finding");
        for (var i = 0; i < prepared.Findings.Count; i++)
        {
            var (f, origin, tableOrdinal) = prepared.Findings[i];
            appender.Row().Long(rv * 100_000 + i + 1).Long(rv).Text(f.RuleId).Text(f.Severity.ToString().ToLowerInvariant()).Text(f.Message)
                .Text(f.TableId).Long(tableOrdinal is { } t ? rv * 100_000 + t : null).Text(f.RowLabel).Text(f.Source.File).Int(f.Source.Line).Text(f.Source.LineLabel)
                .Decimal(f.Expected).Decimal(f.Printed).Decimal(f.Difference).Text(origin).End();
        }
    }

    /// <summary>The dashboards show a fact's line in context: the text goes in once per report, in its transaction.</summary>
    private void StoreSourceText(SourceText text, long rv) =>
        Appender("report_source_text").Row().Long(rv).Text(text.Text).Ints(text.LineNumbers).Ints(text.Starts).Ints(text.Pages).End();

    internal static SourceRef Nowhere(string file) => new(file, 1);
}
