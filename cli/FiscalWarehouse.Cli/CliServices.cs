using System.Text.Encodings.Web;
using System.Text.Json;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Warehouse.Configuration;

namespace FiscalWarehouse.Cli;

/// <summary>Objects every verb shares; built once per process.</summary>
internal static class CliServices
{
    private static readonly Lazy<DocumentLimits> ConfiguredLimits = new(() => FwConfiguration.Build().Bind<DocumentLimits>(DocumentLimits.SectionName));
    private static readonly Lazy<ReportParser> SharedParser = new(() => new ReportParser(limits: ConfiguredLimits.Value));

    /// <summary>The document limits of appsettings.json "Limits" and FW_Limits__* (docs/scaling.md).</summary>
    public static DocumentLimits Limits => ConfiguredLimits.Value;

    /// <summary>The parser, with <see cref="Limits"/>; built on first use (its catalogs take a while to read).</summary>
    public static ReportParser Parser => SharedParser.Value;

    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
