using System.CommandLine;
using FiscalWarehouse.Dashboards.Admin;
using FiscalWarehouse.Dashboards.Hosting;
using FiscalWarehouse.Warehouse.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw serve [--urls URL] [--db FILE]`: the dashboards, reading a private snapshot of the warehouse.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default: Dashboards:Urls or {DashboardsOptions.DefaultUrls})." };
        var db = CommonOptions.Database();
        var command = new Command("serve", "Serve the dashboards (总览, 预算执行率, 三公经费, 单位, 数据质量与加载) and their JSON/CSV API.")
        {
            urls,
            db,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(urls), parse.GetValue(db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? urls, string? db, CancellationToken cancellationToken)
    {
        var configuration = FwConfiguration.Build();
        var warehouse = CommonOptions.WarehouseOptions(db);
        var options = configuration.Bind<DashboardsOptions>(DashboardsOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(urls))
        {
            options.Urls = urls;
        }

        var inbox = configuration[$"{DashboardsOptions.SectionName}:InboxPath"];
        if (!File.Exists(warehouse.Path))
        {
            await Console.Error.WriteLineAsync($"note: no warehouse at {warehouse.Path} yet; pages say so until 'fw load' creates it.");
        }

        await using var app = DashboardsHost.Build(options, warehouse.Path, services =>
        {
            services.AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
            if (!string.IsNullOrWhiteSpace(inbox))
            {
                services.AddSingleton<ILoadTrigger>(s => new InboxLoadTrigger(inbox, warehouse, CliServices.Parser, s.GetRequiredService<ILogger<InboxLoadTrigger>>()));
            }
        });
        await app.StartAsync(cancellationToken);
        Console.WriteLine($"dashboards: {string.Join(", ", app.Urls)} (reading a snapshot of {Path.GetFullPath(warehouse.Path)}); Ctrl+C to stop");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Success;
    }
}
