using System.Text;
using System.Text.Json;
using FiscalWarehouse.Warehouse.Reports;
using FiscalWarehouse.Warehouse.Querying;

namespace FiscalWarehouse.Cli.Output;

/// <summary>Prints a <see cref="MartReport"/>: sections as tables, CSV blocks, one JSON document, or Markdown.</summary>
internal static class ReportPrinter
{
    public static void Print(MartReport report, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(Json(report));
                break;
            case "md":
                Markdown(report, output);
                break;
            case "csv":
                // one CSV block per section, each preceded by a "# section" line and followed by a blank line
                foreach (var section in report.Sections)
                {
                    output.WriteLine($"# {section.Key}");
                    ResultPrinter.Print(section.Rows, "csv", output);
                    output.WriteLine();
                }

                break;
            default:
                output.WriteLine(report.Title);
                output.WriteLine(new string('=', Math.Min(60, report.Title.Length * 2)));
                foreach (var section in report.Sections)
                {
                    output.WriteLine();
                    output.WriteLine($"{section.Title}");
                    if (section.Rows.Rows.Count == 0)
                    {
                        output.WriteLine("  (none)");
                        continue;
                    }

                    ResultPrinter.Print(section.Rows, "table", output);
                }

                output.WriteLine();
                output.WriteLine("parameters: " + string.Join(", ", report.Notes));
                break;
        }
    }

    private static void Markdown(MartReport report, TextWriter output)
    {
        output.WriteLine($"# {Cell(report.Title)}");
        foreach (var section in report.Sections)
        {
            output.WriteLine();
            output.WriteLine($"## {section.Title}");
            output.WriteLine();
            if (section.Rows.Rows.Count == 0)
            {
                output.WriteLine("_none_");
                continue;
            }

            output.WriteLine("| " + string.Join(" | ", section.Rows.Columns.Select(Cell)) + " |");
            output.WriteLine("|" + string.Concat(section.Rows.Columns.Select(_ => "---|")));
            foreach (var row in section.Rows.Rows)
            {
                output.WriteLine("| " + string.Join(" | ", row.Select(v => Cell(ResultPrinter.Format(v)))) + " |");
            }
        }

        output.WriteLine();
        output.WriteLine("_parameters: " + Cell(string.Join(", ", report.Notes)) + "_");
    }

    /// <summary>Document text is untrusted: pipes and line breaks would break the table.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Json(MartReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("title", report.Title);
            writer.WriteStartArray("parameters");
            foreach (var note in report.Notes)
            {
                writer.WriteStringValue(note);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("sections");
            foreach (var section in report.Sections)
            {
                writer.WritePropertyName(section.Key);
                using var rows = JsonDocument.Parse(SectionJson(section.Rows));
                rows.WriteTo(writer);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string SectionJson(QueryResult rows)
    {
        using var text = new StringWriter();
        ResultPrinter.Print(rows, "json", text);
        return text.ToString();
    }
}
