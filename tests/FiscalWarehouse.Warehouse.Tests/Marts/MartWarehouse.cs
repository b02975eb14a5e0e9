using System.Globalization;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Schema;

namespace FiscalWarehouse.Warehouse.Tests.Marts;

/// <summary>
/// A migrated in-memory warehouse whose facts a test inserts directly (amounts given in 万元 as printed, stored in 元 as
/// the loader does), so each mart can be checked against hand-computed truth without the parser.
/// </summary>
internal sealed class MartWarehouse : IDisposable
{
    private long _nextId = 1;

    public MartWarehouse()
    {
        Connection = new DuckDBConnection("Data Source=:memory:");
        Connection.Open();
        Migrator.Migrate(Connection);
    }

    private MartWarehouse(DuckDBConnection connection) => Connection = connection;

    /// <summary>Reads (read-only) a warehouse file the real loader wrote.</summary>
    public static MartWarehouse ReadFile(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return new MartWarehouse(connection);
    }

    public DuckDBConnection Connection { get; }

    public long Unit(string name, string? regionCode)
    {
        var id = _nextId++;
        Execute("insert into dim_unit values ($id, $name, [$name], $region, null, current_timestamp)",
            ("id", id), ("name", name), ("region", regionCode));
        return id;
    }

    public long Report(long unitId, int? year, string phase, string kind = "部门", bool isCurrent = true, string? file = null)
    {
        var id = _nextId++;
        var name = Scalar<string>("select normalized_name from dim_unit where unit_id = $u", ("u", unitId))!;
        var region = Scalar<string>("select region_code from dim_unit where unit_id = $u", ("u", unitId));
        Execute("""
            insert into dim_report values ($id, $key, $file, $hash, $unit, $name, $name, $region, $year, $kind, $phase, 1,
                current_timestamp, $current, null, 'text', 'utf-8', 100, 0, 0, 0)
            """,
            ("id", id), ("key", $"{name}|{year}|{kind}|{phase}|{id}"), ("file", file ?? $"r{id}.txt"), ("hash", $"h{id}"),
            ("unit", unitId), ("name", name), ("region", region), ("year", year), ("kind", kind), ("phase", phase),
            ("current", isCurrent));
        return id;
    }

    public long Table(long report, string family, string title, bool knownEmpty = false, string? subject = null)
    {
        var id = _nextId++;
        Execute("""
            insert into report_table values ($id, $report, $id, 'test', $family, $title, null, '万元', $empty, $subject,
                'r.txt', 1, null, 2, 3, 3, 0)
            """,
            ("id", id), ("report", report), ("family", family), ("title", title), ("empty", knownEmpty), ("subject", subject));
        return id;
    }

    /// <summary>A cell of an expenditure table; <paramref name="code"/> null with rowKind "total" is the 合计 row.</summary>
    public void Expenditure(long report, string? fundSource, string? code, string expenseType, string measure, decimal? wan,
        string rowKind = "detail", string? label = null, long? table = null, int line = 10) =>
        Execute("""
            insert into fact_cell by name select $id as fact_id, $report as report_version_id, $table as report_table_id,
                'fact_expenditure' as family, $code as subject_code, 'function' as subject_system, $level as subject_level,
                false as code_mapped_by_name, $type as expense_type, $fund as fund_source, $measure as measure,
                $yuan as amount_yuan, $wan as value, $kind as value_kind, false as is_percent, $text as printed_text,
                '万元' as printed_unit, $code as row_code, $label as row_label, $rowKind as row_kind, $line as source_line
            """,
            ("id", _nextId++), ("report", report), ("table", table), ("code", code), ("level", Level(code)), ("type", expenseType),
            ("fund", fundSource), ("measure", measure), ("yuan", Yuan(wan)), ("wan", wan), ("kind", wan is null ? "blank" : "number"),
            ("text", Text(wan)), ("label", label ?? (code is null ? "合计" : $"科目{code}")), ("rowKind", rowKind), ("line", line));

    public void TableCell(long report, long table, string block, string? fundSource, string? code, string label, string? measure,
        decimal? wan, string rowKind = "detail") =>
        Execute("""
            insert into fact_cell by name select $id as fact_id, $report as report_version_id, $table as report_table_id,
                'fact_table_cell' as family, $code as subject_code, 'function' as subject_system, false as code_mapped_by_name,
                $measure as measure, $fund as fund_source, $block as block, $yuan as amount_yuan, $wan as value,
                'number' as value_kind, false as is_percent, $text as printed_text, '万元' as printed_unit, $code as row_code,
                $label as row_label, $rowKind as row_kind, 20 as source_line
            """,
            ("id", _nextId++), ("report", report), ("table", table), ("code", code), ("measure", measure), ("fund", fundSource),
            ("block", block), ("yuan", Yuan(wan)), ("wan", wan), ("text", Text(wan)), ("label", label), ("rowKind", rowKind));

    /// <summary>A narrative figure: money in 万元 (<paramref name="wan"/>) or a printed number (<paramref name="value"/>, e.g. a %).</summary>
    public void Narrative(long report, string topic, string measure, decimal? wan = null, decimal? value = null, string? printed = null,
        string? subject = null, string? subjectCode = null, int line = 30) =>
        Execute("""
            insert into fact_narrative values ($id, $report, $topic, $measure, $subject, $code, $yuan, $value, $text, $unit,
                'sentence', 'r.txt', $line, null)
            """,
            ("id", _nextId++), ("report", report), ("topic", topic), ("measure", measure), ("subject", subject), ("code", subjectCode),
            ("yuan", Yuan(wan)), ("value", value ?? wan), ("text", printed ?? Text(wan ?? value)), ("unit", wan is null ? "%" : "万元"),
            ("line", line));

    public void ThreePublic(long report, string part, string measure, decimal? wan, string? fundSource = null) =>
        Execute("""
            insert into fact_cell by name select $id as fact_id, $report as report_version_id, 'fact_three_public' as family,
                false as code_mapped_by_name, $part as part, $fund as fund_source, $measure as measure, $yuan as amount_yuan,
                $wan as value, 'number' as value_kind, false as is_percent, $text as printed_text, '万元' as printed_unit,
                '三公' as row_label, 'detail' as row_kind, 40 as source_line
            """,
            ("id", _nextId++), ("report", report), ("part", part), ("fund", fundSource), ("measure", measure), ("yuan", Yuan(wan)),
            ("wan", wan), ("text", Text(wan)));

    public void Economic(long report, string? code, decimal? wan, string? costType = null, string? label = null, string rowKind = "detail",
        string measure = "final_account") =>
        Execute("""
            insert into fact_cell by name select $id as fact_id, $report as report_version_id, 'fact_basic_expenditure_economic' as family,
                $code as subject_code, '部门经济分类' as subject_system, false as code_mapped_by_name, $cost as cost_type,
                'general_budget' as fund_source, $measure as measure, $yuan as amount_yuan, $wan as value, 'number' as value_kind,
                false as is_percent, $text as printed_text, '万元' as printed_unit, $code as row_code, $label as row_label,
                $rowKind as row_kind, 50 as source_line
            """,
            ("id", _nextId++), ("report", report), ("code", code), ("cost", costType), ("measure", measure), ("yuan", Yuan(wan)),
            ("wan", wan), ("text", Text(wan)), ("label", label ?? code ?? "合计"), ("rowKind", rowKind));

    /// <summary>A 绩效自评表 cell: money in 万元, or a printed number (rate, score, weight) in <paramref name="value"/>.</summary>
    public void Performance(long report, long table, string label, string measure, decimal? wan = null, decimal? value = null,
        string? fundSource = null, string? columnPath = null, string rowKind = "detail", int line = 60) =>
        Execute("""
            insert into fact_cell by name select $id as fact_id, $report as report_version_id, $table as report_table_id,
                'fact_performance' as family, false as code_mapped_by_name, $measure as measure, $fund as fund_source,
                $yuan as amount_yuan, $value as value, 'number' as value_kind, false as is_percent, $text as printed_text,
                $unit as printed_unit, $label as row_label, $rowKind as row_kind, $path as column_path, $line as source_line
            """,
            ("id", _nextId++), ("report", report), ("table", table), ("label", label), ("measure", measure), ("fund", fundSource),
            ("yuan", Yuan(wan)), ("value", value ?? wan), ("text", Text(wan ?? value)), ("unit", wan is null ? "%" : "万元"),
            ("path", columnPath), ("rowKind", rowKind), ("line", line));

    public void Finding(long report, string severity, string ruleId, int line = 7) =>
        Execute("""
            insert into data_quality_finding values ($id, $report, $rule, $severity, 'test finding', null, null, null, 'r.txt',
                $line, $label, null, null, null, 'validation')
            """,
            ("id", _nextId++), ("report", report), ("rule", ruleId), ("severity", severity), ("line", line),
            ("label", line.ToString(CultureInfo.InvariantCulture)));

    public IReadOnlyList<Dictionary<string, object?>> Rows(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public Dictionary<string, object?> Single(string sql, params (string Name, object? Value)[] parameters) =>
        Assert.Single(Rows(sql, parameters));

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    public void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();

    private DuckDBCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }

    private static decimal? Yuan(decimal? wan) => wan * 10_000m;

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string? Level(string? code) => code?.Length switch
    {
        3 => "类",
        5 => "款",
        7 => "项",
        _ => null,
    };
}

/// <summary>Reading mart cells as exact values.</summary>
internal static class MartRow
{
    public static decimal? Dec(this Dictionary<string, object?> row, string column) =>
        row[column] is null ? null : Convert.ToDecimal(row[column], CultureInfo.InvariantCulture);

    public static string? Str(this Dictionary<string, object?> row, string column) => row[column]?.ToString();

    /// <summary>A percent rounded as documents print it (2 decimals, half away from zero), for comparison only.</summary>
    public static decimal? Printed(this Dictionary<string, object?> row, string column) =>
        row.Dec(column) is { } d ? Math.Round(d, 2, MidpointRounding.AwayFromZero) : null;
}
