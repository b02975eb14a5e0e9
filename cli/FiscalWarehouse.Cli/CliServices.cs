using System.Text.Encodings.Web;
using System.Text.Json;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Warehouse.Configuration;

namespace FiscalWarehouse.Cli;

/// <summary>Objects every verb shares; built once per process.</summary>
internal static class CliServices
{
    /// <summary>The parser, with the document limits of appsettings.json "Limits" and FW_Limits__* (docs/scaling.md).</summary>
    public static ReportParser Parser { get; } = new(limits: FwConfiguration.Build().Bind<DocumentLimits>(DocumentLimits.SectionName));

    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
