using System.CommandLine;
using FiscalWarehouse.Warehouse.Configuration;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>Options several verbs share, so their names and help text stay identical.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = "Warehouse file (default: Warehouse:Path from appsettings.json, FW_DB, or data/warehouse.duckdb).",
    };

    public static WarehouseOptions WarehouseOptions(string? dbFlag)
    {
        var options = FwConfiguration.Build().Bind<WarehouseOptions>(Warehouse.Configuration.WarehouseOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(dbFlag))
        {
            options.Path = dbFlag;
        }

        return options;
    }
}
