using DuckDB.NET.Data;

namespace FiscalWarehouse.Dashboards.Tests.Support;

/// <summary>Inserts the rows of <see cref="TestCorpus"/>, keeping the ids and lineage columns consistent.</summary>
internal sealed class CorpusWriter(DuckDBConnection connection)
{
    private long nextTable = 1;
    private long nextFact = 1;
    private long nextFinding = 1;
    private static readonly DateTime LoadedAt = new(2026, 11, 28, 2, 1, 0, DateTimeKind.Utc);

    public void Insert(string table, params object?[] values)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table names are the fixture's own constants
        command.CommandText = $"insert into {table} values ({string.Join(", ", values.Select(_ => "?"))})";
#pragma warning restore CA2100
        foreach (var value in values)
        {
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        }

        command.ExecuteNonQuery();
    }

    public void Unit(long id, string name, string region)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "insert into dim_unit values (?, ?, [?], ?, null, ?)";
        foreach (var value in new object[] { id, name, name, region, LoadedAt })
        {
            command.Parameters.Add(new DuckDBParameter(value));
        }

        command.ExecuteNonQuery();
    }

    public void Report(long id, long unitId, string unit, string region, int year, string kind, string phase, string file, string[] lines)
    {
        Insert("dim_report", id, $"{unit}|{year}|{kind}|{phase}", file, "sha256-" + id, unitId, unit, unit, region, year, kind, phase, 1,
            LoadedAt, true, null, "text", "UTF-8", (long)lines.Sum(l => l.Length), 2, 4, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            Insert("report_source_line", id, i + 1, null, lines[i]);
        }
    }

    public long Table(long report, string catalogId, string title, int firstLine, int lastLine)
    {
        var id = nextTable++;
        Insert("report_table", id, report, (int)id, catalogId, "expenditure", title, null, "万元", false, null, "file", firstLine, null, lastLine, 7, 3, 3);
        return id;
    }

    public void Expenditure(long report, long table, string measure, string expenseType, decimal yuan, string printed, string rowLabel, string column, int line) =>
        Insert("fact_expenditure", nextFact++, report, table, "final_expenditure", null, null, expenseType, "total", measure, yuan, yuan / 10000m,
            "number", false, printed, "万元", null, rowLabel, "total", null, column, "file", line, null);

    public void ThreePublicFact(long report, long table, string measure, decimal yuan, int line)
    {
        // fact_three_public columns: the fact_expenditure columns without function/expense type, then part.
        Insert("fact_three_public", nextFact++, report, table, "three_public", "total", measure, yuan, yuan / 10000m, "number", false,
            (yuan / 10000m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), "万元", null, "合计", "total", null, "合计", "file", line, null, "three_public_total");
    }

    public void Narrative(long report, string measure, decimal yuan, string printed, string sentence, int line) =>
        Insert("fact_narrative", nextFact++, report, "execution", measure, null, null, yuan, yuan / 10000m, printed, "万元", sentence, "file", line, null);

    public void Rate(long unit, string name, string region, int year, string kind, decimal initial, decimal? adjusted, decimal final, decimal rate,
        decimal? published, string band, string? bandAdjusted, long report, int? publishedLine) =>
        Insert("mart_execution_rate", unit, name, region, year, kind, "total", "total", null, null, initial, adjusted, final, rate, null, published,
            published is null ? null : rate - published, band, bandAdjusted, "final_report_table", "final_report_table", report, null,
            published is null ? null : published.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%", publishedLine);

    public void ThreePublic(long unit, string name, string region, int year, string kind, decimal budget, decimal actual) =>
        Insert("mart_three_public", unit, name, region, year, kind, budget, actual,
            0m, 0m, budget / 4m, actual / 4m, 0m, 0m, budget * 3m / 4m, actual * 3m / 4m,
            budget == 0 ? null : Math.Round(actual * 100m / budget, 6), null);

    public void Finding(long report, string severity, string rule, string message, string file, int line) =>
        Insert("data_quality_finding", nextFinding++, report, rule, severity, message, "final_expenditure", null, "合计", file, line, line.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null, "validation");
}
