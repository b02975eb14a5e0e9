using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse;

namespace FiscalWarehouse.Dashboards.Snapshots;

/// <summary>
/// Turns the mart views of a fresh snapshot copy into tables before it is served. The marts are views over the facts
/// (always current in the warehouse), which costs hundreds of milliseconds per query; in a copy that never changes
/// they can be computed once, so each API answers from plain tables. Names come from this fixed list, never from input.
/// Public so that `fw bench` measures the API on exactly what the dashboards serve.
/// </summary>
public static class MartMaterializer
{
    /// <summary>In dependency order: later marts then read the tables of earlier ones.</summary>
    public static readonly IReadOnlyList<string> Views =
    [
        "mart_execution_rate",
        "mart_project_execution",
        "mart_three_public",
        "mart_expenditure_structure",
        "mart_region_summary",
        "mart_anomalies",
        "mart_anomaly_detail",
    ];

    /// <summary>
    /// The row order a mart's table is written in, for the marts the API filters by the same leading columns. A filtered
    /// scan decodes the other columns only for the vectors that hold matches: with the 合计 rows of one scope stored
    /// together, the execution page's queries decode ~5,000 of ~200,000 rows instead of all of them (on 10,000 reports
    /// each ranking end went from 39–50 to 10–14 CPU-ms, docs/benchmarks.md round 6). Row order carries no meaning in
    /// the API: every script orders its own answer.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ClusterOrder = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mart_execution_rate"] = "scope, subject_level, unit_id, year",
        ["mart_expenditure_structure"] = "unit_id, year",
    };

    /// <summary>Materializes every listed view the copy has; a missing one (older schema) stays missing.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "The statement is an embedded sql/snapshot script; the only substitutions are a name and a column list from the constant lists above.")]
    public static IReadOnlyList<string> Run(string copyPath)
    {
        var template = SqlScripts.Read("snapshot/materialize_view.sql");
        using var connection = new DuckDBConnection($"Data Source={copyPath}");
        connection.Open();
        var present = new HashSet<string>(StringComparer.Ordinal);
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "select table_name from information_schema.tables where table_type = 'VIEW'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                present.Add(reader.GetString(0));
            }
        }

        var done = new List<string>();
        foreach (var view in Views.Where(present.Contains))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.CommandText = template
                .Replace("{view}", view, StringComparison.Ordinal)
                .Replace("{order}", ClusterOrder.TryGetValue(view, out var order) ? "order by " + order : "", StringComparison.Ordinal);
            command.ExecuteNonQuery();
            transaction.Commit();
            done.Add(view);
        }

        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "checkpoint";
            checkpoint.ExecuteNonQuery();
        }

        return done;
    }
}
