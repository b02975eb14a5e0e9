using System.Collections;
using System.Globalization;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Querying;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Reports;

/// <summary>
/// Builds the <c>fw report</c> document from the marts (sql/reports/*.sql, parameterized), on a read-only connection
/// (or the snapshot while a load runs). Thresholds from <see cref="MartSettings"/> are set as session variables first.
/// </summary>
public static class MartReportBuilder
{
    private static readonly (string Key, string Title)[] UnitSections =
    [
        ("unit_headline", "执行率 Execution rate (决算 ÷ 年初预算, 万元)"),
        ("unit_execution_by_subject", "功能分类 Execution by subject"),
        ("unit_three_public", "“三公”经费 Three public costs (trend)"),
        ("unit_structure", "支出结构 Expenditure structure"),
        ("unit_projects", "项目 Projects"),
        ("unit_anomalies", "异常 Anomalies and findings"),
    ];

    private static readonly (string Key, string Title)[] RegionSections =
    [
        ("region_summary", "地区汇总 Region summary"),
        ("region_children", "下级地区 Regions below"),
        ("region_units", "单位执行率 Units: 一般公共预算 execution"),
        ("region_anomalies", "异常 Anomalies and findings"),
    ];

    public static MartReport Build(string databasePath, MartReportRequest request, MartSettings settings, CancellationToken cancellationToken)
    {
        using var connection = WarehouseFiles.OpenReader(databasePath, out var snapshotNote);
        var report = Build(connection, request, settings, cancellationToken);
        return snapshotNote is null ? report : report with { Notes = [.. report.Notes, snapshotNote] };
    }

    public static MartReport Build(DuckDBConnection connection, MartReportRequest request, MartSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Unit) == string.IsNullOrWhiteSpace(request.Region))
        {
            throw new MartReportException("pass exactly one of --unit NAME or --region CODE");
        }

        Run(connection, "set_parameters", cancellationToken, ("three_public_yoy_threshold_pct", settings.ThreePublicYoyThresholdPct));
        return request.Unit is { } unit && !string.IsNullOrWhiteSpace(unit)
            ? ForUnit(connection, unit.Trim(), request.Year, cancellationToken)
            : ForRegion(connection, request.Region!.Trim(), request.Year, cancellationToken);
    }

    private static MartReport ForUnit(DuckDBConnection connection, string name, int? year, CancellationToken cancellationToken)
    {
        var matches = Run(connection, "unit_lookup", cancellationToken, ("name", name));
        if (matches.Rows.Count == 0)
        {
            throw new MartReportException($"no unit named or containing '{name}' in the warehouse; list them with: fw sql \"select normalized_name from dim_unit\"");
        }

        if (matches.Rows.Count > 1)
        {
            throw new MartReportException($"'{name}' matches {matches.Rows.Count} units; pass the full name: "
                + string.Join("; ", matches.Rows.Select(r => r[1])));
        }

        var unitId = matches.Rows[0][0]!;
        var title = $"{matches.Rows[0][1]} ({matches.Rows[0][2] ?? "region unresolved"}){YearSuffix(year)}";
        var sections = UnitSections
            .Select(s => new MartReportSection(s.Key, s.Title, Run(connection, s.Key, cancellationToken, ("unit_id", unitId), ("year", year))))
            .ToList();
        return new MartReport(title, Notes(connection, cancellationToken), sections);
    }

    private static MartReport ForRegion(DuckDBConnection connection, string code, int? year, CancellationToken cancellationToken)
    {
        var region = Run(connection, "region_lookup", cancellationToken, ("region_code", code));
        if (region.Rows.Count == 0)
        {
            throw new MartReportException($"no region with GB/T 2260 code '{code}' (e.g. 140581 高平市, 140500 晋城市, 140000 山西省)");
        }

        var title = $"{region.Rows[0][1]} {code} ({region.Rows[0][2]}){YearSuffix(year)}";
        var sections = RegionSections
            .Select(s => new MartReportSection(s.Key, s.Title, Run(connection, s.Key, cancellationToken, ("region_code", code), ("year", year))))
            .ToList();
        return new MartReport(title, Notes(connection, cancellationToken), sections);
    }

    private static List<string> Notes(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var parameters = Run(connection, "parameters", cancellationToken);
        return [.. parameters.Rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r[0]} = {r[1]}"))];
    }

    private static string YearSuffix(int? year) => year is { } y ? string.Create(CultureInfo.InvariantCulture, $", {y}") : "";

    private static QueryResult Run(DuckDBConnection connection, string script, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = Commands.Create(connection, SqlScripts.Read($"reports/{script}.sql"), parameters);
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Plain(reader.GetValue(i));
            }

            rows.Add(row);
        }

        return new QueryResult(columns, rows);
    }

    /// <summary>Lists (units_missing_names) print as one readable cell.</summary>
    private static object? Plain(object value) => value switch
    {
        string => value,
        IEnumerable list => string.Join("、", list.Cast<object?>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))),
        _ => value,
    };
}
