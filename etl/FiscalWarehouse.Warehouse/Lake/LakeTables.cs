using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Lake;

/// <summary>
/// Which relations a lake holds and how they are laid out. Names come from the database catalog (never from input)
/// and are quoted; facts get their report's year as the partition column (dim_report has its own).
/// </summary>
internal static class LakeTables
{
    /// <summary>Core tables (imported back), then marts (views, exported only), each by name.</summary>
    public static IReadOnlyList<(string Name, string Kind)> Exported(DuckDBConnection connection)
    {
        using var command = Commands.Create(connection, SqlScripts.Read("queries/lake_relations.sql"));
        using var reader = command.ExecuteReader();
        var result = new List<(string, string)>();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetString(1)));
        }

        return result;
    }

    public static IReadOnlyList<LakeColumn> Columns(DuckDBConnection connection, string relation)
    {
        using var command = Commands.Create(connection,
            "select column_name, data_type from information_schema.columns where table_name = $name and table_schema = 'main' order by ordinal_position",
            ("name", relation));
        using var reader = command.ExecuteReader();
        var columns = new List<LakeColumn>();
        while (reader.Read())
        {
            columns.Add(new LakeColumn(reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    public sealed record Partition(IReadOnlyList<string> Columns, string Select);

    public static Partition? PartitionFor(string name, IReadOnlyList<LakeColumn> columns)
    {
        if (name == "dim_report")
        {
            return new Partition(["year"], "select * from dim_report");
        }

        if (name.StartsWith("fact_", StringComparison.Ordinal) || name is "report_table" or "data_quality_finding")
        {
            return new Partition(["year"],
                $"select f.*, r.year from {Quote(name)} f join dim_report r on r.report_version_id = f.report_version_id");
        }

        return columns.Any(c => c.Name == "year") && name.StartsWith("mart_", StringComparison.Ordinal)
            ? new Partition(["year"], $"select * from {Quote(name)}")
            : null;
    }

    /// <summary>A read_parquet over a table's files (paths from the manifest, under the lake folder), partition columns restored.</summary>
    public static string ReadParquet(string lakeRoot, LakeTable table)
    {
        var files = string.Join(", ", table.Files.Select(f => "'" + Path.Combine(lakeRoot, f.Path).Replace("'", "''", StringComparison.Ordinal) + "'"));
        var hive = table.PartitionBy.Count > 0
            ? ", hive_partitioning = true, hive_types = {" + string.Join(", ", table.PartitionBy.Select(p => $"'{p}': INTEGER")) + "}"
            : ", hive_partitioning = false";
        return $"read_parquet([{files}]{hive})";
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
