using System.Globalization;
using System.Text;
using System.Text.Json;
using FiscalWarehouse.Model.Output;
using FiscalWarehouse.Warehouse.Querying;
using Spectre.Console;

namespace FiscalWarehouse.Cli.Output;

/// <summary>Prints query results as a table, RFC 4180 CSV or JSON; decimals are printed exactly, invariant culture.</summary>
internal static class ResultPrinter
{
    public static void Print(QueryResult result, string format, TextWriter output)
    {
        switch (format)
        {
            case "csv":
                output.WriteLine(string.Join(',', result.Columns.Select(CsvField.Of)));
                foreach (var row in result.Rows)
                {
                    output.WriteLine(string.Join(',', row.Select(v => CsvField.Of(Format(v)))));
                }

                break;
            case "json":
                output.WriteLine(ToJson(result));
                break;
            default:
                PrintTable(result, output);
                break;
        }
    }

    public static string Format(object? value) => value switch
    {
        null or DBNull => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string ToJson(QueryResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var row in result.Rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < result.Columns.Count; i++)
                {
                    writer.WritePropertyName(result.Columns[i]);
                    WriteJsonValue(writer, row[i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteJsonValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null or DBNull: writer.WriteNullValue(); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case short s: writer.WriteNumberValue(s); break;
            case double d: writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            default: writer.WriteStringValue(Format(value)); break;
        }
    }

    private static void PrintTable(QueryResult result, TextWriter output)
    {
        if (Terminal.IsInteractive && ReferenceEquals(output, Console.Out))
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in result.Columns)
            {
                table.AddColumn(new TableColumn(Markup.Escape(column)));
            }

            foreach (var row in result.Rows)
            {
                table.AddRow(row.Select(v => new Text(Format(v))).ToArray<Spectre.Console.Rendering.IRenderable>());
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{result.Rows.Count} row(s)[/]");
            return;
        }

        output.WriteLine(string.Join('\t', result.Columns));
        foreach (var row in result.Rows)
        {
            output.WriteLine(string.Join('\t', row.Select(Format)));
        }
    }
}
