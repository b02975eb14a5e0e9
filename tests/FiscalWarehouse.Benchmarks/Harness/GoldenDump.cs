using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Benchmarks.Harness;

/// <summary>
/// Every member of every parsed report (document lines, tables, rows, cells, narrative figures, findings) or the read
/// error, serialized by reflection so members added later are covered too. Two dumps differ iff the output differs.
/// </summary>
internal static class GoldenDump
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static int Run(string output, string[] paths)
    {
        var parser = new ReportParser();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        foreach (var file in InputFiles.Expand(paths))
        {
            writer.Write("=== ");
            writer.WriteLine(Path.GetFileName(file));
            try
            {
                var parsed = parser.Parse(file);
                writer.WriteLine(JsonSerializer.Serialize(parsed, Options));
                foreach (var finding in parsed.Findings)
                {
                    writer.WriteLine(finding.ToContractLine());
                }
            }
            catch (DocumentReadException e)
            {
                writer.WriteLine($"rejected: {e.Message}");
            }
        }

        return 0;
    }
}
