using System.Security.Cryptography;
using FiscalWarehouse.Etl.Logging;
using FiscalWarehouse.Etl.Reading.Pdf.Vector;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// Reads a PDF: <c>pdftotext -tsv</c> (poppler) for every word with its page and box, and the table borders of the
/// pages that hold tables from the file's own drawing instructions (<see cref="VectorRulings"/>; rendering with
/// <c>pdftoppm</c> only where those cannot be read). Lines, columns and cells are rebuilt from those
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

    /// <summary>pdftotext's arguments: every word with its page and box, the PDF read from standard input.</summary>
    internal static readonly string[] WordsArguments = ["-tsv", "-enc", "UTF-8", "-", "-"];

    /// <summary>pdftotext started on the bytes, its output parsed into pages of words as it comes (on its reading thread).</summary>
    internal static Task<IReadOnlyList<PdfPage>> StartWords(string name, byte[] bytes, CancellationToken cancellationToken) =>
        PopplerTool.Start(name, "pdftotext", WordsArguments, static output => PdfTsvParser.Parse(output), cancellationToken, bytes);

    public SourceDocument Read(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        // pdftotext reads the bytes from its standard input and runs in its own process (started ahead when the
        // command knew the file early: PdfWordsPrefetch); the vector borders are read meanwhile on this thread (two
        // cores, one each). No temp file unless a page has to be rendered.
        StartupTimeline.Mark($"pdf {name}: start");
        var words = PdfWordsPrefetch.Take(hash) ?? StartWords(name, bytes, cancellationToken);
        var vector = VectorRulings.ReadAll(bytes, name);
        StartupTimeline.Mark($"pdf {name}: drawing read");
        var wordPages = words.WaitAsync(cancellationToken).GetAwaiter().GetResult();
        StartupTimeline.Mark($"pdf {name}: pdftotext output");
        var pages = VectorRulings.DisplayedSizes(wordPages, vector);
        if (pages.Count == 0)
        {
            throw new DocumentReadException(name, WholeFile, "not a readable PDF: no pages");
        }

        if (pages.All(p => p.Words.Count == 0))
        {
            throw new DocumentReadException(name, WholeFile, "no text layer: OCR is not supported");
        }

        var rulings = ReadRulings(name, bytes, pages, vector, cancellationToken);
        var lines = Compose(pages, rulings, cancellationToken);
        StartupTimeline.Mark($"pdf {name}: composed");
        return new SourceDocument(name, hash, SourceFormat.Pdf, "pdf", bytes.LongLength, lines);
    }

    // Composing a page reads only that page's words and borders, so a long document's pages are composed on all cores;
    // the lines are numbered afterwards in page order, exactly as one pass would number them.
    private const int PagesWorthParallel = 4;

    internal static List<SourceLine> Compose(IReadOnlyList<PdfPage> pages, Dictionary<int, List<Ruling>> rulings, CancellationToken cancellationToken)
    {
        var composed = new List<ComposedLine>[pages.Count];
        void ComposePage(int i)
        {
            cancellationToken.ThrowIfCancellationRequested();
            composed[i] = PageComposer.Compose(pages[i], rulings.TryGetValue(pages[i].Number, out var r) ? r : []);
        }

        if (pages.Count >= PagesWorthParallel && Environment.ProcessorCount > 1)
        {
            ParallelWork.For(pages.Count, Environment.ProcessorCount, cancellationToken, ComposePage);
        }
        else
        {
            for (var i = 0; i < pages.Count; i++)
            {
                ComposePage(i);
            }
        }

        var lines = new List<SourceLine>(composed.Sum(c => c.Count));
        for (var i = 0; i < pages.Count; i++)
        {
            var onPage = 0;
            foreach (var line in composed[i])
            {
                onPage++;
                lines.Add(new SourceLine(lines.Count + 1, string.Join('\t', line.Cells), line.Cells, pages[i].Number, onPage)
                {
                    CellIndents = line.Indents,
                });
            }
        }

        return lines;
    }

    // Tables are made of many short words (headers, codes, amounts); prose pages are a few long runs of text. Borders
    // are kept for the pages from the first to the last table page; the drawing gives them, and only pages it cannot
    // (see VectorRulings) are rendered.
    internal static Dictionary<int, List<Ruling>> ReadRulings(
        string name, byte[] bytes, IReadOnlyList<PdfPage> pages, IReadOnlyList<VectorPage>? vector, CancellationToken cancellationToken)
    {
        var tablePages = pages.Where(p => p.Words.Count(w => w.Text.Length <= 8) >= 8).Select(p => p.Number).ToList();
        if (tablePages.Count == 0)
        {
            return [];
        }

        var wanted = Enumerable.Range(tablePages.Min(), tablePages.Max() - tablePages.Min() + 1);
        var found = VectorRulings.ForPages(vector, pages, wanted);
        if (found.NeedRendering.Count > 0)
        {
            FallbackLog.PagesRendered(LibraryLogging.For(typeof(PdfDocumentReader).FullName!), name, string.Join(',', found.NeedRendering.Order()),
                vector is null ? "the drawing could not be read" : "their size differs from poppler's, or they paint an image and draw no border");
            foreach (var (number, rendered) in RulingExtractor.Extract(name, bytes, pages, found.NeedRendering, cancellationToken))
            {
                found.Rulings[number] = rendered;
            }
        }

        return found.Rulings;
    }
}
