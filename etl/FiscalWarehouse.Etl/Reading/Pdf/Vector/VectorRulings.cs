using FiscalWarehouse.Etl.Logging;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>One page's borders from its drawing, whether it painted an image, and its size in points as displayed.</summary>
internal sealed record VectorPage(List<Ruling> Rulings, bool DrewImage, double Width, double Height, int Rotate);

/// <summary>The table borders read from the drawing instructions, per page, and the pages this could not do.</summary>
internal sealed record VectorResult(Dictionary<int, List<Ruling>> Rulings, HashSet<int> NeedRendering);

/// <summary>
/// Reads table borders straight from the PDF's vector drawing (lines and thin filled rectangles), in process: no
/// rendering, no second program. Pages whose size does not match what poppler reports, or that paint images (the
/// borders may be pixels), are left for the rendering path; a file this reader cannot parse at all returns null.
/// </summary>
internal static class VectorRulings
{
    // The shortest border worth keeping, in points (as for rendered borders).
    private const double MinLength = 10;

    /// <summary>
    /// Borders for every page, numbered from 1; null when the file is outside what this reader handles (logged as a
    /// warning naming <paramref name="fileName"/>: the borders then cost a rendering).
    /// </summary>
    public static List<VectorPage>? ReadAll(byte[] bytes, string fileName = "", ILogger? log = null)
    {
        try
        {
            var file = new PdfFile(bytes);
            var result = new List<VectorPage>();
            foreach (var page in file.Pages())
            {
                var box = page.MediaBox;
                double w = Math.Abs(box[2] - box[0]), h = Math.Abs(box[3] - box[1]);
                if (page.Rotate is 90 or 270)
                {
                    (w, h) = (h, w);
                }

                var (segments, drewImage) = ContentScanner.Scan(file, page, w, h);
                result.Add(new VectorPage(Merge(segments), drewImage, w, h, page.Rotate));
            }

            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever this reader trips on (a syntax it does not know, a damaged file), rendering still gives the borders.
            FallbackLog.DrawingUnreadable(log ?? LibraryLogging.For(typeof(VectorRulings).FullName!), fileName, e.Message, e);
            return null;
        }
    }

    /// <summary>Keeps the vector borders of the wanted pages that agree with poppler's page sizes.</summary>
    public static VectorResult ForPages(
        IReadOnlyList<VectorPage>? all, IReadOnlyList<PdfPage> pages, IEnumerable<int> wanted)
    {
        var rulings = new Dictionary<int, List<Ruling>>();
        var render = new HashSet<int>();
        var byNumber = pages.ToDictionary(p => p.Number);
        foreach (var number in wanted)
        {
            if (all is null || number < 1 || number > all.Count || all.Count != pages.Count || !byNumber.TryGetValue(number, out var page))
            {
                render.Add(number);
                continue;
            }

            var (found, drewImage, w, h, rotate) = all[number - 1];
            var sameSize = (Math.Abs(w - page.Width) <= 1 && Math.Abs(h - page.Height) <= 1)
                || (rotate is 90 or 270 && Math.Abs(w - page.Height) <= 1 && Math.Abs(h - page.Width) <= 1);
            if (!sameSize || (found.Count == 0 && drewImage))
            {
                render.Add(number);
                continue;
            }

            rulings[number] = found;
        }

        return new VectorResult(rulings, render);
    }

    /// <summary>
    /// pdftotext reports a rotated page's size unrotated while its words are placed on the page as displayed: the
    /// drawing knows the rotation, so the size is put the displayed way round.
    /// </summary>
    public static IReadOnlyList<PdfPage> DisplayedSizes(IReadOnlyList<PdfPage> pages, IReadOnlyList<VectorPage>? all)
    {
        if (all is null || all.Count != pages.Count)
        {
            return pages;
        }

        var result = new List<PdfPage>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var drawn = all[i];
            var swapped = drawn.Rotate is 90 or 270 && Math.Abs(drawn.Width - page.Height) <= 1 && Math.Abs(drawn.Height - page.Width) <= 1;
            result.Add(swapped ? page with { Width = page.Height, Height = page.Width } : page);
        }

        return result;
    }

    // Lines drawn piece by piece, double borders and the two edges of a thick line become one ruling; then the
    // shortest bits (glyph-like marks, tick marks) are dropped.
    private static List<Ruling> Merge(List<Ruling> segments)
    {
        var merged = RulingExtractor.Merge(segments);
        merged.RemoveAll(r => r.To - r.From < MinLength);
        return merged;
    }
}
