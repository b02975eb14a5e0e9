using FiscalWarehouse.Generator.Defects;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator.Composing;

/// <summary>Encodes the document and plants the byte-level defects (double encoding, truncation, invalid bytes).</summary>
internal static class ByteStage
{
    public static void Apply(GeneratedReport report, DocumentWriter w, IReadOnlyList<string> kinds, int proseLine, IReadOnlyList<PrintedTable> tables, ReportContext c)
    {
        var lines = w.Lines.ToList();
        if (kinds.Contains(DefectKind.DoubleEncoded))
        {
            lines[proseLine - 1] = ByteDefects.DoubleEncode(lines[proseLine - 1]);
            Add(report, DefectKind.DoubleEncoded, "encoding", proseLine);
        }

        var truncated = false;
        if (kinds.Contains(DefectKind.Truncated) && tables.Count > 2)
        {
            // Cut inside a data row of a table in the middle of the document: tables before it stay whole.
            var table = tables[c.Random.Next(1, tables.Count - 1)];
            var rows = table.RowLines.Count > 0 ? table.RowLines : [table.FirstLine];
            var cut = rows[c.Random.Next(0, rows.Count)];
            lines = ByteDefects.Truncate(lines, cut);
            report.Facts = [.. report.Facts.Where(f => f.SourceLine < cut)];
            report.Defects.RemoveAll(d => d.Line >= cut);
            // Sums inside the cut table lose their last rows: a finding anywhere in that table is caused by the cut.
            report.Defects.Add(new PlantedDefect(report.FileName, $"{report.FileName}#{report.Defects.Count + 1}", DefectKind.Truncated, "truncated", cut,
                [.. Enumerable.Range(table.FirstLine, cut - table.FirstLine + 1)], table.CatalogId, null, null, null));
            truncated = true;
        }

        report.Bytes = ReportEncoding.Encode(lines, c.Style, finalNewline: !truncated);
        if (kinds.Contains(DefectKind.InvalidBytes))
        {
            report.Bytes = ByteDefects.InjectInvalidBytes(report.Bytes, proseLine, c.Random);
            Add(report, DefectKind.InvalidBytes, "encoding", proseLine);
        }
    }

    private static void Add(GeneratedReport report, string kind, string check, int line) =>
        report.Defects.Add(new PlantedDefect(report.FileName, $"{report.FileName}#{report.Defects.Count + 1}", kind, check, line, [line], null, null, null, null));
}
