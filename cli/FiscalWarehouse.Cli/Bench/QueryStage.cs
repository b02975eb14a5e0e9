using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using FiscalWarehouse.Dashboards.Snapshots;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// Mart refresh (re-creating the views and evaluating every mart in full) and the dashboards' API queries (sql/api),
/// run on what the dashboards serve: a snapshot copy of the warehouse with the marts materialized (MartMaterializer).
/// </summary>
internal static partial class QueryStage
{
    [SuppressMessage("Security", "CA2100", Justification = "Mart names come from duckdb_views() and are quoted; API text is embedded sql/api; values are bound.")]
    public static IEnumerable<BenchFigure> Run(string dbPath, int repetitions, CancellationToken cancellationToken)
    {
        var figures = new List<BenchFigure>();
        using (var writer = WarehouseFiles.OpenWriter(dbPath, 30))
        {
            var refresh = Stopwatches.Seconds(() => Migrator.RefreshViews(writer));
            var marts = new List<string>();
            using (var list = writer.CreateCommand())
            {
                list.CommandText = BenchSql.Read("bench_mart_views");
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    marts.Add(reader.GetString(0));
                }
            }

            var evaluate = Stopwatches.Seconds(() =>
            {
                foreach (var mart in marts)
                {
                    using var count = writer.CreateCommand();
                    count.CommandText = $"select count(*) from \"{mart.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
                    count.ExecuteScalar();
                }
            });
            figures.Add(new BenchFigure("marts", "re-create staging/core/mart views", Stopwatches.Round(refresh * 1000m, 0), "ms"));
            figures.Add(new BenchFigure("marts", $"evaluate all {marts.Count} marts in full", Stopwatches.Round(evaluate * 1000m, 0), "ms", Note: string.Join(' ', marts)));
        }

        var snapshot = dbPath + ".bench-snapshot";
        File.Copy(dbPath, snapshot, overwrite: true);
        var materialize = Stopwatches.Seconds(() => MartMaterializer.Run(snapshot));
        figures.Add(new BenchFigure("marts", "dashboards snapshot: materialize the marts", Stopwatches.Round(materialize * 1000m, 0), "ms",
            Note: "once per warehouse change, before the dashboards serve it"));

        using var connection = new DuckDBConnection($"DataSource={snapshot};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var keys = new object?[3];
        using (var k = connection.CreateCommand())
        {
            k.CommandText = BenchSql.Read("bench_sample_keys");
            using var reader = k.ExecuteReader();
            reader.Read();
            for (var i = 0; i < 3; i++)
            {
                keys[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
        }

        var all = new List<double>();
        var worst = ("", 0m);
        foreach (var (name, sql) in BenchSql.ApiQueries())
        {
            var times = new List<double>();
            for (var r = 0; r < repetitions; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var parameter in Parameter().Matches(sql).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
                {
                    object? value = parameter switch
                    {
                        "unit" => keys[0],
                        "report" => keys[1],
                        "line" => 100,
                        _ => null,
                    };
                    command.Parameters.Add(new DuckDBParameter(parameter, value ?? DBNull.Value));
                }

                var watch = Stopwatch.StartNew();
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                    }
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            all.AddRange(times);
            var p95 = Stopwatches.Percentile(times, 0.95m);
            if (p95 > worst.Item2)
            {
                worst = (name, p95);
            }
        }

        all.Sort();
        figures.Add(new BenchFigure("api", $"API queries ({BenchSql.ApiQueries().Count()} × {repetitions} runs): p50", Stopwatches.Round(Stopwatches.Percentile(all, 0.5m), 1), "ms"));
        figures.Add(new BenchFigure("api", "API queries: p95", Stopwatches.Round(Stopwatches.Percentile(all, 0.95m), 1), "ms", "< 50 ms"));
        figures.Add(new BenchFigure("api", $"slowest query p95 ({worst.Item1})", Stopwatches.Round(worst.Item2, 1), "ms"));
        return figures;
    }

    [GeneratedRegex(@"\$([a-z_]+)")]
    private static partial Regex Parameter();
}
