using System.Globalization;
using System.IO.Compression;
using System.Xml;
using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading.Xlsx;

/// <summary>
/// Checks a workbook's container before the OpenXml SDK loads any part into memory: the entry count and the declared
/// inflated size first (a zip bomb is refused without inflating it), then one streaming pass over each XML part that
/// counts the bytes really inflated, refuses a DTD, and measures nesting, rows and cells per row and per sheet.
/// </summary>
internal static class WorkbookGuard
{
    public static void Check(string file, byte[] bytes, DocumentLimits limits)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException(file, 1, $"not a readable XLSX workbook: {e.Message}");
        }

        using (archive)
        {
            if (archive.Entries.Count > limits.MaxWorkbookEntries)
            {
                throw DocumentLimits.Exceeded(file, 1, nameof(DocumentLimits.MaxWorkbookEntries), limits.MaxWorkbookEntries, $"{archive.Entries.Count.ToString(CultureInfo.InvariantCulture)} entries");
            }

            var declared = archive.Entries.Sum(e => e.Length);
            if (declared > limits.MaxWorkbookUncompressedBytes)
            {
                throw DocumentLimits.Exceeded(file, 1, nameof(DocumentLimits.MaxWorkbookUncompressedBytes), limits.MaxWorkbookUncompressedBytes, $"{declared.ToString(CultureInfo.InvariantCulture)} bytes once inflated");
            }

            var budget = new InflateBudget(limits.MaxWorkbookUncompressedBytes);
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                ScanPart(file, entry, limits, budget);
            }
        }
    }

    private static void ScanPart(string file, ZipArchiveEntry entry, DocumentLimits limits, InflateBudget budget)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        var isSheet = entry.FullName.Contains("worksheets/", StringComparison.OrdinalIgnoreCase);
        int rows = 0, cellsInRow = 0;
        long cells = 0;
        try
        {
            using var stream = new CountingStream(entry.Open(), budget, file);
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth > limits.MaxNestingDepth)
                {
                    throw DocumentLimits.Exceeded(file, 1, nameof(DocumentLimits.MaxNestingDepth), limits.MaxNestingDepth, $"{entry.FullName} nests deeper");
                }

                if (!isSheet)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "row":
                        rows++;
                        cellsInRow = 0;
                        if (rows > limits.MaxRowsPerTable)
                        {
                            throw DocumentLimits.Exceeded(file, 1, nameof(DocumentLimits.MaxRowsPerTable), limits.MaxRowsPerTable, $"{entry.FullName} has more rows");
                        }

                        break;
                    case "c":
                        cells++;
                        if (++cellsInRow > limits.MaxCellsPerRow)
                        {
                            throw DocumentLimits.Exceeded(file, 1, nameof(DocumentLimits.MaxCellsPerRow), limits.MaxCellsPerRow, $"row {rows.ToString(CultureInfo.InvariantCulture)} of {entry.FullName} has more cells");
                        }

                        if (cells > limits.MaxCellsPerTable)
                        {
                            throw DocumentLimits.Exceeded(file, 1, nameof(DocumentLimits.MaxCellsPerTable), limits.MaxCellsPerTable, $"{entry.FullName} has more cells");
                        }

                        break;
                }
            }
        }
        catch (XmlException e)
        {
            // A DTD can expand entities without bound (billion laughs); no workbook written by a spreadsheet program has one.
            throw new DocumentReadException(file, 1, e.Message.Contains("DTD", StringComparison.Ordinal)
                ? $"not a readable XLSX workbook: {entry.FullName} declares a DTD, which a workbook may not"
                : $"not a readable XLSX workbook: {entry.FullName}: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException(file, 1, $"not a readable XLSX workbook: {entry.FullName}: {e.Message}");
        }
    }

    private sealed class InflateBudget(long limit)
    {
        public long Limit { get; } = limit;

        public long Used { get; set; }
    }

    /// <summary>Counts what is really inflated, whatever the entries declare, and stops at the budget.</summary>
    private sealed class CountingStream(Stream inner, InflateBudget budget, string file) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Used += read;
            if (budget.Used > budget.Limit)
            {
                throw DocumentLimits.Exceeded(file, 1, nameof(DocumentLimits.MaxWorkbookUncompressedBytes), budget.Limit, "more bytes once inflated");
            }

            return read;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
