using System.IO.Compression;
using System.Text;

namespace FiscalWarehouse.TestKit.Hostile;

/// <summary>
/// The hostile inputs of issue 21, built in memory: a zip-bomb workbook, a workbook with a DTD, one nested too deep,
/// one with too many entries, a text line of millions of cells, and HTML of unclosed cells. Each comes with the
/// limit (or reason) its rejection must name.
/// </summary>
public static class HostileDocuments
{
    public sealed record Hostile(string FileName, byte[] Bytes, string Expected, int Line = 1);

    public static IReadOnlyList<Hostile> All() =>
    [
        new("bomb.xlsx", ZipBomb(rows: 1_200_000), "MaxWorkbookUncompressedBytes"),
        new("dtd.xlsx", Workbook(SmallSheet, "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"), "DTD"),
        new("deep.xlsx", Workbook(w => DeepSheet(w, 100_000)), "MaxNestingDepth"),
        new("entries.xlsx", Workbook(SmallSheet, extraEntries: 1_500), "MaxWorkbookEntries"),
        new("wide-row.txt", WideRow(3_000_000), "MaxCellsPerRow", Line: 2),
        new("unclosed.html", UnclosedHtml(840_000), "MaxCellsPerRow"),
    ];

    /// <summary>A workbook whose one sheet inflates to about 110 bytes per row (1.2 M rows ≈ 130 MB from under 1 MB).</summary>
    public static byte[] ZipBomb(int rows) => Workbook(w =>
    {
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var row = "<row><c t=\"inlineStr\"><is><t>合计</t></is></c><c><v>12345.67</v></c><c><v>1</v></c><c><v>2</v></c></row>";
        for (var i = 0; i < rows; i++)
        {
            w.Write(row);
        }

        w.Write("</sheetData></worksheet>");
    });

    public static byte[] WideRow(int cells)
    {
        var text = new StringBuilder("单位：万元\n", cells * 2 + 16);
        for (var i = 0; i < cells; i++)
        {
            text.Append("1\t");
        }

        return Encoding.UTF8.GetBytes(text.Append('\n').ToString());
    }

    public static byte[] UnclosedHtml(int bytes)
    {
        var text = new StringBuilder("<html><body><table><tr>", bytes + 64);
        while (text.Length < bytes)
        {
            text.Append("<td>1");
        }

        return Encoding.UTF8.GetBytes(text.Append('\n').ToString());
    }

    private static void SmallSheet(StreamWriter w) =>
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>");

    private static void DeepSheet(StreamWriter w, int depth)
    {
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row><c t=\"inlineStr\"><is>");
        for (var i = 0; i < depth; i++)
        {
            w.Write("<r>");
        }

        for (var i = 0; i < depth; i++)
        {
            w.Write("</r>");
        }

        w.Write("</is></c></row></sheetData></worksheet>");
    }

    /// <summary>A minimal workbook (content types, relationships, one sheet) with the sheet written by <paramref name="sheet"/>.</summary>
    public static byte[] Workbook(Action<StreamWriter> sheet, string workbookPrologue = "", int extraEntries = 0)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + workbookPrologue + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            using (var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false)))
            {
                sheet(writer);
            }

            for (var i = 0; i < extraEntries; i++)
            {
                Entry(zip, $"xl/media/pad{i}.bin", "x");
            }
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
