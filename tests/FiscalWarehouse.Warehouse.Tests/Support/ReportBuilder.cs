using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Warehouse.Tests.Support;

/// <summary>
/// Builds parsed reports by hand, as the parser would produce them, so loading can be tested on known cells.
/// Line numbers are assigned in order; the content hash is derived from everything added, so a changed number is
/// a changed document.
/// </summary>
public sealed class ReportBuilder(string fileName, string unitName, int year, ReportKind kind, ReportPhase phase)
{
    private readonly List<ReportTable> _tables = [];
    private readonly List<NarrativeFigure> _narrative = [];
    private readonly List<Finding> _findings = [];
    private readonly StringBuilder _content = new();
    private int _line = 10;

    public string? RegionName { get; init; }

    public ReportBuilder Table(string catalogId, string title, AmountUnit unit, IReadOnlyList<TableColumn> columns, params (string? Code, string Label, RowKind Kind, string?[] Values)[] rows)
    {
        var start = ++_line;
        _line += 2;
        var tableRows = new List<TableRow>();
        foreach (var (code, label, rowKind, values) in rows)
        {
            var source = new SourceRef(fileName, ++_line);
            var cells = values.Select((v, i) => new TableCell(i, Value(v), source)).ToList();
            var level = code?.Length switch { 3 => SubjectLevel.Class, 5 => SubjectLevel.Section, 7 => SubjectLevel.Item, _ => SubjectLevel.None };
            tableRows.Add(new TableRow(code, label, level, 0, rowKind, cells, source));
            _content.Append(CultureInfo.InvariantCulture, $"{code}|{label}|{string.Join('|', values)}\n");
        }

        _tables.Add(new ReportTable(catalogId, title, null, unit, columns, tableRows, tableRows.Count == 0, new SourceRef(fileName, start), _line));
        _content.Append(title).Append('\n');
        return this;
    }

    public ReportBuilder Narrative(string topic, string measure, string printed, AmountUnit unit, string? subject = null)
    {
        decimal? value = decimal.TryParse(printed.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
        _narrative.Add(new NarrativeFigure(topic, measure, subject, value, unit, printed, $"…{printed}…", new SourceRef(fileName, ++_line)));
        _content.Append(CultureInfo.InvariantCulture, $"{topic}|{measure}|{printed}\n");
        return this;
    }

    public ReportBuilder Finding(string ruleId, Severity severity, string tableId, decimal expected, decimal printed)
    {
        var table = _tables.Last(t => t.CatalogId == tableId);
        _findings.Add(new Finding(ruleId, severity, "test finding", table.Rows[0].Source, tableId, table.Rows[0].Label, expected, printed));
        return this;
    }

    public ParsedReport Build()
    {
        var bytes = Encoding.UTF8.GetBytes(unitName + year + kind + phase + "\n" + _content);
        var document = new SourceDocument(fileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), SourceFormat.TabSeparatedText, "utf-8", bytes.Length,
            []);
        var report = new Report(document, unitName, RegionName, year, kind, phase, _tables, _narrative) { UnitSource = new SourceRef(fileName, 3) };
        return new ParsedReport(report, _findings);
    }

    public static TableColumn Column(string path, string? measure = null, string? fund = null, string? expense = null, string? part = null, string? block = null) =>
        new(path.Split(" / "), new ColumnMeaning(measure, fund, expense, part, block));

    public static (string? Code, string Label, RowKind Kind, string?[] Values) Row(string? code, string label, params string?[] values) =>
        (code, label, code is null && label.Contains("合计", StringComparison.Ordinal) ? RowKind.Total : RowKind.Detail, values);

    private static CellValue Value(string? printed) => printed switch
    {
        null or "" => CellValue.Blank,
        "——" or "—" or "-" => new CellValue(printed, CellValueKind.Dash, null),
        _ when decimal.TryParse(printed.TrimEnd('%').Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            => new CellValue(printed, CellValueKind.Number, d, printed.EndsWith('%')),
        _ => new CellValue(printed, CellValueKind.Text, null),
    };
}
