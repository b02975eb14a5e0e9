using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalWarehouse.Etl.Tests.Xlsx;

/// <summary>
/// Writes small .xlsx workbooks for the tests with DocumentFormat.OpenXml, the way Excel/WPS store them: numbers as
/// numeric cells with a number format that displays them as printed (#,##0.00 for 5,924.67, 0.00 for 667.98),
/// texts as shared strings, titles merged across the table's width, merged header ranges as given.
/// </summary>
internal static partial class XlsxWorkbookWriter
{
    internal sealed record SheetSpec(string Name, IReadOnlyList<string[]> Rows, IReadOnlyList<string> Merges);

    public static byte[] Write(params SheetSpec[] sheets)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            uint sheetId = 0;
            foreach (var spec in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < spec.Rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < spec.Rows[r].Length; c++)
                    {
                        var text = spec.Rows[r][c];
                        if (text.Length > 0)
                        {
                            row.Append(CellFor(Reference(r + 1, c + 1), text, strings.SharedStringTable, index));
                        }
                    }

                    data.Append(row);
                }

                var worksheet = new Worksheet(data);
                if (spec.Merges.Count > 0)
                {
                    worksheet.Append(new MergeCells(spec.Merges.Select(m => new MergeCell { Reference = m })));
                }

                part.Worksheet = worksheet;
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = ++sheetId, Name = spec.Name });
            }
        }

        return stream.ToArray();
    }

    /// <summary>Tab-separated lines → a sheet; a one-cell line becomes a title merged across the sheet's width.</summary>
    public static SheetSpec FromTextLines(string name, IEnumerable<string> lines)
    {
        var rows = lines.Where(l => l.Trim().Length > 0).Select(l => l.Split('\t').Select(c => c.Trim()).ToArray()).ToList();
        var width = Math.Max(2, rows.Max(r => r.Length));
        var merges = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Length == 1)
            {
                merges.Add($"A{r + 1}:{Column(width)}{r + 1}");
            }
        }

        return new SheetSpec(name, rows, merges);
    }

    public static string Reference(int row, int column) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Column(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + (column - 1) % 26) + name;
        }

        return name;
    }

    // Style 0 General, 1 "0.00", 2 "#,##0.00", 3 "0", 4 "#,##0", 5 "0.00%".
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font()),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }));

    private static Cell CellFor(string reference, string text, SharedStringTable strings, Dictionary<string, int> index)
    {
        var number = PrintedNumber().Match(text);
        if (number.Success)
        {
            var grouped = text.Contains(',', StringComparison.Ordinal);
            var decimals = number.Groups["d"].Success;
            var style = (decimals, grouped) switch { (true, false) => 1u, (true, true) => 2u, (false, false) => 3u, (false, true) => 4u };
            // Excel stores the shortest literal that round-trips the double.
            var value = double.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            return new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)) };
        }

        if (!index.TryGetValue(text, out var i))
        {
            i = index.Count;
            index[text] = i;
            strings.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) };
    }

    // Amounts as printed: 667.98, 5,924.67, 570,000, 0.00 — not codes like 2080505 (no separator, no decimals, long).
    [GeneratedRegex(@"^-?(0|[1-9]\d{0,5}|[1-9]\d{0,2}(,\d{3})+)(?<d>\.\d{2})?$")]
    private static partial Regex PrintedNumber();
}
