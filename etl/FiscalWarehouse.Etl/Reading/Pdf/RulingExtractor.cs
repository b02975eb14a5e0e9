using System.Globalization;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// The fallback for pages whose drawing <see cref="Vector.VectorRulings"/> cannot read (encrypted files, unusual
/// filters, borders painted as images): finds table borders by rendering pages at 72 dpi (1 pixel = 1 point) without anti-aliasing and looking for long
/// thin runs of dark pixels once the words are blanked out. Poppler's text output carries no graphics, and cell
/// borders are what tells a merged header cell's span and a wrapped cell's extent apart from mere alignment.
/// </summary>
internal static class RulingExtractor
{
    private const int Dpi = 72;
    private const byte Dark = 200;
    // The shortest border worth keeping, in points: shorter dark runs are left-over bits of glyphs.
    private const double MinRunPoints = 10;

    public static Dictionary<int, List<Ruling>> Extract(
        string file, byte[] bytes, IReadOnlyList<PdfPage> pages, IReadOnlyCollection<int> wanted, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, List<Ruling>>();
        if (wanted.Count == 0 || !PopplerTool.IsInstalled("pdftoppm"))
        {
            return result;
        }

        var dir = Path.Combine(Path.GetTempPath(), "fw-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var pdfPath = Path.Combine(dir, "in.pdf");
            File.WriteAllBytes(pdfPath, bytes);
            PopplerTool.Run(file, "pdftoppm",
            [
                "-gray", "-aa", "no", "-aaVector", "no", "-r", Dpi.ToString(CultureInfo.InvariantCulture),
                "-f", wanted.Min().ToString(CultureInfo.InvariantCulture), "-l", wanted.Max().ToString(CultureInfo.InvariantCulture),
                pdfPath, Path.Combine(dir, "p"),
            ], cancellationToken);
            var byNumber = pages.ToDictionary(p => p.Number);
            foreach (var image in Directory.EnumerateFiles(dir, "p-*.pgm"))
            {
                var name = Path.GetFileNameWithoutExtension(image);
                var number = int.Parse(name.AsSpan(name.LastIndexOf('-') + 1), CultureInfo.InvariantCulture);
                if (wanted.Contains(number) && byNumber.TryGetValue(number, out var page))
                {
                    result[number] = FromImage(File.ReadAllBytes(image), page);
                }
            }
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail a read on cleanup.
            }
        }

        return result;
    }

    internal static List<Ruling> FromImage(byte[] pgm, PdfPage page)
    {
        var (width, height, offset) = ReadHeader(pgm);
        var pixels = pgm.AsSpan(offset, width * height).ToArray();
        // The image is the page as displayed; pdftotext may report a rotated page's size the other way round.
        var (pageWidth, pageHeight) = (width > height) == (page.Width > page.Height) ? (page.Width, page.Height) : (page.Height, page.Width);
        var scaleX = width / pageWidth;
        var scaleY = height / pageHeight;
        foreach (var w in page.Words)
        {
            var x0 = Math.Max(0, (int)Math.Ceiling(w.Left * scaleX) + 1);
            var x1 = Math.Min(width - 1, (int)Math.Floor(w.Right * scaleX) - 1);
            var y0 = Math.Max(0, (int)Math.Ceiling(w.Top * scaleY) + 1);
            var y1 = Math.Min(height - 1, (int)Math.Floor(w.Bottom * scaleY) - 1);
            for (var y = y0; y <= y1; y++)
            {
                pixels.AsSpan(y * width + x0, Math.Max(0, x1 - x0 + 1)).Fill(255);
            }
        }

        var rulings = new List<Ruling>();
        var minRunX = Math.Max(4, (int)Math.Round(MinRunPoints * scaleX));
        var minRunY = Math.Max(4, (int)Math.Round(MinRunPoints * scaleY));

        // One row-major sweep finds both directions: horizontal runs along the row, vertical runs in per-column
        // counters, so the image is read once and in memory order.
        var columnRun = new int[width];
        for (var y = 0; y <= height; y++)
        {
            var run = 0;
            for (var x = 0; x <= width; x++)
            {
                var dark = y < height && x < width && pixels[y * width + x] < Dark;
                if (x < width)
                {
                    if (dark)
                    {
                        columnRun[x]++;
                    }
                    else
                    {
                        if (columnRun[x] >= minRunY && IsThin(pixels, width, height, y - columnRun[x], y - 1, x, horizontal: false))
                        {
                            rulings.Add(new Ruling(false, x / scaleX, (y - columnRun[x]) / scaleY, (y - 1) / scaleY));
                        }

                        columnRun[x] = 0;
                    }
                }

                if (dark)
                {
                    run++;
                    continue;
                }

                if (run >= minRunX && IsThin(pixels, width, height, x - run, x - 1, y, horizontal: true))
                {
                    rulings.Add(new Ruling(true, y / scaleY, (x - run) / scaleX, (x - 1) / scaleX));
                }

                run = 0;
            }
        }

        return Merge(rulings);
    }

    // A border is a few pixels thick; a filled block (shading, an image) is dark three pixels away on both sides too.
    // Judged along the whole run, because crossing borders make single sample points look thick.
    private static bool IsThin(byte[] pixels, int width, int height, int from, int to, int at, bool horizontal)
    {
        var limit = horizontal ? height : width;
        if (at - 3 < 0 || at + 3 >= limit)
        {
            return true;
        }

        var thick = 0;
        for (var p = from; p <= to; p++)
        {
            var before = horizontal ? (at - 3) * width + p : p * width + at - 3;
            var after = horizontal ? (at + 3) * width + p : p * width + at + 3;
            if (pixels[before] < Dark && pixels[after] < Dark)
            {
                thick++;
            }
        }

        return thick * 2 < to - from + 1;
    }

    // Thick borders show as 2–3 adjacent runs; collapse those into one ruling.
    internal static List<Ruling> Merge(List<Ruling> rulings)
    {
        var merged = new List<Ruling>();
        // The two directions in the order they first appear, as GroupBy gave them; a GroupBy on a bool was
        // JIT-compiled in every process (docs/benchmarks.md, round 11).
        var (first, second) = (new List<Ruling>(), new List<Ruling>());
        foreach (var r in rulings)
        {
            (first.Count == 0 || first[0].Horizontal == r.Horizontal ? first : second).Add(r);
        }

        foreach (var group in (List<Ruling>[])[first, second])
        {
            if (group.Count == 0)
            {
                continue;
            }

            var sorted = group.OrderBy(r => r.From).ThenBy(r => r.At).ToList();
            var open = new List<Ruling>();
            foreach (var r in sorted)
            {
                var index = open.FindIndex(o => Math.Abs(o.At - r.At) <= 2.5 && r.From <= o.To + 2.5);
                if (index >= 0)
                {
                    var o = open[index];
                    open[index] = new Ruling(o.Horizontal, Math.Min(o.At, r.At), o.From, Math.Max(o.To, r.To));
                }
                else
                {
                    open.Add(r);
                }
            }

            merged.AddRange(open);
        }

        return merged;
    }

    private static (int Width, int Height, int Offset) ReadHeader(byte[] pgm)
    {
        // P5 <w> <h> <max>\n then binary rows; comments are not written by pdftoppm.
        var fields = new int[3];
        var index = 2;
        for (var f = 0; f < 3; f++)
        {
            while (char.IsWhiteSpace((char)pgm[index]))
            {
                index++;
            }

            var value = 0;
            while (pgm[index] is >= (byte)'0' and <= (byte)'9')
            {
                value = value * 10 + (pgm[index] - '0');
                index++;
            }

            fields[f] = value;
        }

        return (fields[0], fields[1], index + 1);
    }
}
