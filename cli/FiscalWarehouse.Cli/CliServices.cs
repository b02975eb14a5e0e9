using System.Text.Encodings.Web;
using System.Text.Json;
using FiscalWarehouse.Etl;

namespace FiscalWarehouse.Cli;

/// <summary>Objects every verb shares; built once per process.</summary>
internal static class CliServices
{
    public static ReportParser Parser { get; } = new();

    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
