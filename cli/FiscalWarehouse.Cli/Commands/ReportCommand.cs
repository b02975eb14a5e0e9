using System.CommandLine;
using FiscalWarehouse.Cli.Output;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Reports;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw report [--unit NAME | --region CODE] [--year Y] [--format table|csv|json|md]`: a readable report from the marts only.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var unit = new Option<string?>("--unit") { Description = "Unit name (exact, or a unique part of it), e.g. 平顶山市工业和信息化局." };
        var region = new Option<string?>("--region") { Description = "GB/T 2260 region code: county, prefecture or province (140581, 140500, 140000)." };
        var year = new Option<int?>("--year") { Description = "Only this year (the 三公 trend shows the years up to it)." };
        var format = new Option<string>("--format") { Description = "table (default), csv, json or md.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "md");
        var db = CommonOptions.Database();
        var command = new Command("report", "A report for a unit or a region from the marts: execution rate and its source, 三公 with trend, structure, projects, anomalies, findings.")
        {
            unit,
            region,
            year,
            format,
            db,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            new MartReportRequest(parse.GetValue(unit), parse.GetValue(region), parse.GetValue(year)),
            parse.GetValue(format)!, parse.GetValue(db), cancellationToken)));
        return command;
    }

    private static int Run(MartReportRequest request, string format, string? db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Unit) == string.IsNullOrWhiteSpace(request.Region))
        {
            Console.Error.WriteLine("pass exactly one of --unit NAME or --region CODE (see fw report --help)");
            return ExitCodes.Usage;
        }

        var options = CommonOptions.WarehouseOptions(db);
        if (!File.Exists(options.Path))
        {
            Console.Error.WriteLine($"no warehouse at {options.Path}: run 'fw load PATH' or 'fw demo' first, or pass --db");
            return ExitCodes.Failure;
        }

        var settings = FwConfiguration.Build().Bind<MartSettings>(MartSettings.SectionName);
        try
        {
            var report = MartReportBuilder.Build(options.Path, request, settings, cancellationToken);
            ReportPrinter.Print(report, format, Console.Out);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is MartReportException or WarehouseBusyException or DuckDB.NET.Data.DuckDBException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
