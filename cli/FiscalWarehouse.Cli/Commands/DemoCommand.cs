using System.CommandLine;
using System.Globalization;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Lake;
using FiscalWarehouse.Warehouse.Loading;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw demo`: the main job on the embedded default: load samples/ into a fresh demo warehouse and summarize it.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var samples = new Option<string>("--samples") { Description = "Folder of reports to load.", DefaultValueFactory = _ => "samples" };
        var db = new Option<string>("--db") { Description = "Demo warehouse file (recreated).", DefaultValueFactory = _ => "data/demo.duckdb" };
        var command = new Command("demo", "Load samples/ into a fresh demo warehouse, print a summary and what to try next.")
        {
            samples,
            db,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(samples)!, parse.GetValue(db)!, cancellationToken)));
        return command;
    }

    private static int Run(string samples, string db, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(samples))
        {
            Console.Error.WriteLine($"no samples folder at {samples}");
            return ExitCodes.Usage;
        }

        var fullDb = Path.GetFullPath(db);
        Directory.CreateDirectory(Path.GetDirectoryName(fullDb)!);
        foreach (var stale in new[] { fullDb, fullDb + ".wal", fullDb + ".snapshot" })
        {
            File.Delete(stale);
        }

        var options = new WarehouseOptions { Path = fullDb };
        var files = ReportFiles.Expand([samples], out _);
        var outcomes = LoadCommand.LoadAll(files, options, Console.Out, cancellationToken);

        WarehouseSummary summary;
        using (var writer = WarehouseWriter.Open(options))
        {
            summary = writer.Summarize();
        }

        var output = Console.Out;
        output.WriteLine();
        output.WriteLine("Summary");
        output.WriteLine($"  reports: {summary.Reports}   units: {summary.Units}   tables: {summary.Tables}   facts: {summary.Facts}");
        output.WriteLine("  findings: " + string.Join("  ", summary.FindingsBySeverity.Select(p => $"{p.Key} {p.Value}")));
        output.WriteLine("  execution rate (决算 ÷ 年初预算):");
        foreach (var rate in summary.ExecutionRates)
        {
            var shown = rate.Rate is { } r ? (r * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "n/a";
            output.WriteLine($"    {rate.Unit} {rate.Year}: {Yuan(rate.FinalYuan)} / {Yuan(rate.InitialBudgetYuan)} = {shown}{(rate.Source is null ? "" : $"  ({rate.Source})")}");
        }

        // The lake is part of the main job: the exchange format other tools read without DuckDB.
        var lake = Path.Combine(Path.GetDirectoryName(fullDb)!, Path.GetFileNameWithoutExtension(fullDb) + "-lake");
        if (Directory.Exists(lake))
        {
            // The demo owns this folder as it owns the demo warehouse: both are rebuilt on every run.
            Directory.Delete(lake, recursive: true);
        }

        var manifest = LakeExporter.Export(fullDb, lake, cancellationToken);

        output.WriteLine();
        output.WriteLine($"Warehouse: {fullDb}");
        output.WriteLine($"Parquet lake: {lake} ({manifest.Tables.Count} tables, hive-partitioned by year; manifest.json lists row counts and hashes)");
        output.WriteLine($"Dashboards: ./fw serve --db {db}   then open http://127.0.0.1:5080 (总览, 预算执行率, 三公经费, 单位, 数据质量与加载)");
        output.WriteLine("Try next:");
        output.WriteLine($"  ./fw sql --db {db} \"select unit_name, year, phase, fact_count from dim_report where is_current\"");
        output.WriteLine($"  ./fw extract {files.FirstOrDefault() ?? "samples/FILE"}");
        output.WriteLine($"  ./fw validate {samples}");
        output.WriteLine($"  ./fw report --db {db} --unit 平顶山市工业和信息化局");
        output.WriteLine($"  ./fw sql --lake {Path.GetRelativePath(Directory.GetCurrentDirectory(), lake)} \"select unit_name, year, phase from dim_report\"");
        output.WriteLine("  docs/schema.md: every table and column, with ten example queries");
        return outcomes.Any(o => o.Status == LoadStatus.Rejected) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Yuan(decimal? yuan) => yuan is { } y ? (y / 10_000m).ToString("#,0.00", CultureInfo.InvariantCulture) + " 万元" : "—";
}
