using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FiscalWarehouse.Dashboards.Querying;
using FiscalWarehouse.Model.Output;

namespace FiscalWarehouse.Dashboards.Endpoints;

/// <summary>Writes an API table as JSON (the charts' data) or as CSV (UTF-8 with BOM, so Excel reads Chinese).</summary>
internal static class TableWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Chinese stays readable; <, >, &, quotes are still escaped, so document text cannot break out of a JSON island.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static async Task WriteJsonAsync(Stream body, ApiEndpoint endpoint, ApiTable table, DateTimeOffset? snapshotTakenAt, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, JsonOptions);
        json.WriteStartObject();
        json.WriteString("endpoint", endpoint.Route);
        json.WriteString("title", endpoint.Title);
        if (snapshotTakenAt is { } taken)
        {
            json.WriteString("snapshot_taken_at", taken.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStringValue(column);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                json.WritePropertyName(table.Columns[i]);
                WriteValue(json, row[i]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("truncated", table.Truncated);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    public static async Task WriteCsvAsync(Stream body, ApiTable table, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append('\uFEFF');
        text.AppendJoin(',', table.Columns.Select(CsvField.Quote)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        await body.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            case int or long or short or byte or uint or ushort or sbyte:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                json.WriteNumberValue(u);
                break;
            case double or float:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    json.WriteNumberValue(number);
                }
                else
                {
                    json.WriteNullValue();
                }

                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case object?[] items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double or float => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        object?[] items => CsvField.Quote(string.Join("; ", items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)))),
        string s => CsvField.Of(s),
        _ => CsvField.Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
