using System.Collections.Concurrent;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Samples;

/// <summary>The five sample reports (seed numbers as in fiscal-reports.md), parsed once per test run.</summary>
internal static class SampleReports
{
    public const string Seed000 = "shanxi-gaoping-industry-service-center-2023-unit-final.txt";
    public const string Seed001 = "shanxi-xiangyuan-industry-bureau-2023-department-final.txt";
    public const string Seed002 = "shanxi-datong-materials-promotion-center-2023-unit-budget.txt";
    public const string Seed003 = "henan-pingdingshan-industry-bureau-2023-department-final.txt";
    public const string Seed004 = "shanxi-zezhou-industry-bureau-2024-department-budget.txt";

    public static readonly string[] All = [Seed000, Seed001, Seed002, Seed003, Seed004];

    private static readonly ConcurrentDictionary<string, ParsedReport> Cache = new(StringComparer.Ordinal);

    public static string Directory { get; } = FindSamples();

    public static string PathOf(string name) => System.IO.Path.Combine(Directory, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static ParsedReport Parse(string name) => Cache.GetOrAdd(name, n => new ReportParser().Parse(PathOf(n)));

    /// <summary>Findings that come from this parser's tables alone (narrative and 绩效 figures are read by other components).</summary>
    public static string[] TableFindings(ParsedReport parsed) =>
        parsed.Findings.Where(f => !f.RuleId.StartsWith("narrative.", StringComparison.Ordinal) && !f.RuleId.StartsWith("rate.", StringComparison.Ordinal))
            .Select(Pin).ToArray();

    public static string Pin(Finding f) =>
        $"{f.Severity.ToString().ToLowerInvariant()} {f.RuleId} L{f.Source.Line} printed {f.Printed} expected {f.Expected}";

    public static int NumericCells(Report report) =>
        report.Tables.Where(t => !t.CatalogId.StartsWith("perf_", StringComparison.Ordinal))
            .Sum(t => t.Rows.Sum(r => r.Cells.Count(c => c.Value.Kind == CellValueKind.Number)));

    public static string[] GeneralTableIds(Report report) =>
        report.Tables.Select(t => t.CatalogId).ToArray();

    /// <summary>The cell of a table (by catalog id and, for split 总表, by column path) in the row with that code or label.</summary>
    public static (CellValue Value, int Line) Cell(this Report report, string catalogId, string row, string column)
    {
        var tables = report.Tables.Where(t => t.CatalogId == catalogId && t.Columns.Any(c => c.Path == column)).ToList();
        Assert.True(tables.Count > 0, $"no table {catalogId} with column '{column}'");
        var table = tables[0];
        var index = table.Columns.ToList().FindIndex(c => c.Path == column);
        var isCode = row.Length > 0 && row.All(char.IsAsciiDigit);
        var hit = table.Rows.FirstOrDefault(r => isCode ? r.Code == row : TextKey.Of(r.Label) == TextKey.Of(row));
        Assert.True(hit is not null, $"no row '{row}' in {catalogId}");
        var cell = hit.Cells.FirstOrDefault(c => c.ColumnIndex == index);
        Assert.True(cell is not null, $"row '{row}' has no cell in column '{column}'");
        return (cell.Value, cell.Source.Line);
    }

    public static void AssertNumber(this Report report, string catalogId, string row, string column, string printed, int line)
    {
        var (value, at) = report.Cell(catalogId, row, column);
        Assert.Equal(CellValueKind.Number, value.Kind);
        Assert.Equal(printed, value.Printed);
        Assert.Equal(decimal.Parse(printed.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(line, at);
    }

    public static void AssertKind(this Report report, string catalogId, string row, string column, CellValueKind kind, int line)
    {
        var (value, at) = report.Cell(catalogId, row, column);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(line, at);
    }

    private static string FindSamples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "FiscalWarehouse.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new InvalidOperationException("repository root (FiscalWarehouse.sln) not found") : System.IO.Path.Combine(dir.FullName, "samples");
    }
}
