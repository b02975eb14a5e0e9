using System.Globalization;
using FiscalWarehouse.Model.Output;

namespace FiscalWarehouse.Cli.Output;

/// <summary>Prints the coverage rows as aligned text, a markdown table (for docs/tables.md) or CSV, with a totals line.</summary>
internal static class CoveragePrinter
{
    private static readonly string[] Header =
        ["document", "identity", "tables", "standard", "generic", "errors", "warnings", "infos", "checks passed", "refused"];

    public static void Print(IReadOnlyList<CoverageRow> rows, string format, TextWriter output)
    {
        var cells = rows.Select(Cells).ToList();
        cells.Add(Totals(rows));
        switch (format)
        {
            case "csv":
                output.WriteLine(string.Join(',', Header.Select(h => h.Replace(' ', '_'))));
                foreach (var row in cells)
                {
                    output.WriteLine(string.Join(',', row.Select(CsvField.Of)));
                }

                break;
            case "md":
                output.WriteLine("| " + string.Join(" | ", Header) + " |");
                output.WriteLine("|" + string.Join("|", Header.Select((_, i) => i is 0 or 1 or 9 ? "---" : "---:")) + "|");
                foreach (var row in cells)
                {
                    output.WriteLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
                }

                break;
            default:
                var widths = Header.Select((h, i) => Math.Max(Width(h), cells.Max(r => Width(r[i])))).ToArray();
                output.WriteLine(Line(Header, widths));
                foreach (var row in cells)
                {
                    output.WriteLine(Line(row, widths));
                }

                break;
        }
    }

    private static string[] Cells(CoverageRow r) => r.Refusal is { } reason
        ? [r.File, "", "", "", "", "", "", "", "", reason]
        : [r.File, r.Identity, N(r.Tables), N(r.Standard), N(r.Generic), N(r.Errors), N(r.Warnings), N(r.Infos), $"{N(r.ChecksPassed)}/{N(r.ChecksRun)}", ""];

    private static string[] Totals(IReadOnlyList<CoverageRow> rows)
    {
        var read = rows.Where(r => r.Refusal is null).ToList();
        return
        [
            $"total: {N(rows.Count)} documents", $"{N(read.Count)} read", N(read.Sum(r => r.Tables)), N(read.Sum(r => r.Standard)),
            N(read.Sum(r => r.Generic)), N(read.Sum(r => r.Errors)), N(read.Sum(r => r.Warnings)), N(read.Sum(r => r.Infos)),
            $"{N(read.Sum(r => r.ChecksPassed))}/{N(read.Sum(r => r.ChecksRun))}", $"{N(rows.Count - read.Count)} refused",
        ];
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i is >= 2 and <= 8 ? Pad(c, widths[i], left: true) : Pad(c, widths[i], left: false))).TrimEnd();

    private static string Pad(string text, int width, bool left)
    {
        var padding = new string(' ', Math.Max(0, width - Width(text)));
        return left ? padding + text : text + padding;
    }

    /// <summary>Columns a text takes in a terminal: ideographs and full-width forms take two.</summary>
    private static int Width(string text) =>
        text.Sum(c => c is (>= '\u1100' and <= '\u115f') or (>= '\u2e80' and <= '\ua4cf') or (>= '\uac00' and <= '\ud7a3')
            or (>= '\uf900' and <= '\ufaff') or (>= '\ufe30' and <= '\ufe4f') or (>= '\uff00' and <= '\uff60') or (>= '\uffe0' and <= '\uffe6') ? 2 : 1);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
