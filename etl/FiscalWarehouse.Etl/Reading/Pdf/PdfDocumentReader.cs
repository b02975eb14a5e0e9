using System.Security.Cryptography;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// Reads a PDF through poppler: <c>pdftotext -tsv</c> for every word with its page and box, <c>pdftoppm</c> at
/// 72 dpi for the table borders of the pages that hold tables. Lines, columns and cells are rebuilt from those
/// positions; the output lines look like the text conversions' lines so recognition does not care about the format.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>A problem with the whole file (cannot be opened, no text) is reported at line 1: every rejection names a line.</summary>
    internal const int WholeFile = 1;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head)
    {
        // The header may follow a few bytes of junk (the spec allows it within the first 1024 bytes).
        var window = head[..Math.Min(head.Length, 1024)];
        return window.IndexOf("%PDF-"u8) >= 0;
    }

    public SourceDocument Read(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        var path = Path.Combine(Path.GetTempPath(), "fw-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, bytes);
        try
        {
            var tsv = PopplerTool.Run(name, "pdftotext", ["-tsv", "-enc", "UTF-8", path, "-"], cancellationToken);
            var pages = PdfTsvParser.Parse(tsv);
            if (pages.Count == 0)
            {
                throw new DocumentReadException(name, WholeFile, "not a readable PDF: no pages");
            }

            if (pages.All(p => p.Words.Count == 0))
            {
                throw new DocumentReadException(name, WholeFile, "no text layer: OCR is not supported");
            }

            var rulings = ReadRulings(name, path, pages, cancellationToken);
            var lines = new List<SourceLine>();
            foreach (var page in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var onPage = 0;
                var pageRulings = rulings.TryGetValue(page.Number, out var r) ? r : [];
                foreach (var composed in PageComposer.Compose(page, pageRulings))
                {
                    onPage++;
                    lines.Add(new SourceLine(lines.Count + 1, string.Join('\t', composed.Cells), composed.Cells, page.Number, onPage)
                    {
                        CellIndents = composed.Indents,
                    });
                }
            }

            return new SourceDocument(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), SourceFormat.Pdf, "pdf", bytes.LongLength, lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Tables are made of many short words (headers, codes, amounts); prose pages are a few long runs of text and
    // rendering them for borders would be wasted work.
    private static Dictionary<int, List<Ruling>> ReadRulings(string name, string path, IReadOnlyList<PdfPage> pages, CancellationToken cancellationToken)
    {
        var tablePages = pages.Where(p => p.Words.Count(w => w.Text.Length <= 8) >= 8).Select(p => p.Number).ToList();
        if (tablePages.Count == 0)
        {
            return [];
        }

        return RulingExtractor.Extract(name, path, pages, tablePages.Min(), tablePages.Max(), cancellationToken);
    }
}
