using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading.Xlsx;

/// <summary>
/// Reads .xlsx workbooks with DocumentFormat.OpenXml. Numbers are taken from the stored literal and shown as the
/// cell's number format displays them (decimals, grouping, percent) without passing through a double. Each sheet's
/// rows become lines; <see cref="SourceLine.Page"/> is the sheet's position and <see cref="SourceLine.LineOnPage"/>
/// the Excel row number, so provenance points at the cell the user sees.
/// </summary>
public sealed class XlsxDocumentReader : IDocumentReader
{
    public bool CanRead(string fileName, ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\u0003\u0004"u8)
        && (head.IndexOf("xl/"u8) >= 0 || head.IndexOf("[Content_Types].xml"u8) >= 0
            || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase));

    public SourceDocument Read(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new DocumentReadException(name, Pdf.PdfDocumentReader.WholeFile, $"not a readable XLSX workbook: {e.Message}");
        }

        using (document)
        {
            var workbook = document.WorkbookPart
                ?? throw new DocumentReadException(name, Pdf.PdfDocumentReader.WholeFile, "not an XLSX workbook: no xl/workbook.xml");
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
            var formats = StyleFormats(workbook);
            var lines = new List<SourceLine>();
            var sheetNumber = 0;
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                sheetNumber++;
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var grid = ReadSheet(part.Worksheet, strings, formats);
                foreach (var (row, cells) in grid.Lines())
                {
                    lines.Add(new SourceLine(lines.Count + 1, string.Join('\t', cells), cells, sheetNumber, row));
                }
            }

            if (lines.Count == 0)
            {
                throw new DocumentReadException(name, Pdf.PdfDocumentReader.WholeFile, "the workbook has no cells with text or numbers");
            }

            return new SourceDocument(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), SourceFormat.Xlsx, "xlsx", bytes.LongLength, lines);
        }
    }

    private static XlsxSheetGrid ReadSheet(Worksheet worksheet, string[] strings, XlsxNumberFormat[] formats)
    {
        var grid = new XlsxSheetGrid();
        var rowIndex = 0;
        foreach (var row in worksheet.Descendants<Row>())
        {
            rowIndex = row.RowIndex?.Value is { } r ? (int)r : rowIndex + 1;
            var columnIndex = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                columnIndex = cell.CellReference?.Value is { } reference ? XlsxSheetGrid.ParseReference(reference).Column : columnIndex + 1;
                var (text, numeric) = Display(cell, strings, formats);
                grid.Set(rowIndex, columnIndex, text.Trim(), numeric);
            }
        }

        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            if (merge.Reference?.Value is { } range)
            {
                grid.Merge(range);
            }
        }

        return grid;
    }

    private static (string Text, bool Numeric) Display(Cell cell, string[] strings, XlsxNumberFormat[] formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return (cell.InlineString is { } inline ? ItemText(inline) : raw ?? "", false);
        }

        if (raw is null)
        {
            return ("", false);
        }

        if (type == CellValues.SharedString)
        {
            return (int.TryParse(raw, out var index) && index >= 0 && index < strings.Length ? strings[index] : "", false);
        }

        if (type == CellValues.Boolean)
        {
            return (raw == "1" ? "TRUE" : "FALSE", false);
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return (raw, false);
        }

        var style = cell.StyleIndex?.Value is { } s && s < formats.Length ? formats[s] : XlsxNumberFormat.General;
        return (style.Display(raw), !style.IsDate);
    }

    private static XlsxNumberFormat[] StyleFormats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet is null)
        {
            return [];
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is not null)
            .ToDictionary(f => (int)f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        return stylesheet.CellFormats?.Elements<CellFormat>()
            .Select(f => XlsxNumberFormat.FromId((int)(f.NumberFormatId?.Value ?? 0), custom))
            .ToArray() ?? [];
    }

    // Rich text runs joined; phonetic guides (rPh) are not part of the printed text.
    private static string ItemText(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var t in item.Descendants<Text>())
        {
            if (t.Parent is not PhoneticRun)
            {
                text.Append(t.Text);
            }
        }

        return text.ToString();
    }
}
