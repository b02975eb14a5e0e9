namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// Clusters words into visual lines by vertical overlap: sorted by top, a word joins the current line when it
/// overlaps the line's band by at least half of the smaller height. O(n log n) in the number of words.
/// </summary>
internal static class VisualLines
{
    public static List<List<PdfWord>> Cluster(IEnumerable<PdfWord> words)
    {
        var lines = new List<List<PdfWord>>();
        double top = 0, bottom = 0;
        foreach (var word in words.OrderBy(w => w.Top).ThenBy(w => w.Left))
        {
            var overlap = Math.Min(bottom, word.Bottom) - Math.Max(top, word.Top);
            if (lines.Count > 0 && overlap >= 0.5 * Math.Min(bottom - top, word.Height))
            {
                lines[^1].Add(word);
                top = Math.Min(top, word.Top);
                bottom = Math.Max(bottom, word.Bottom);
            }
            else
            {
                lines.Add([word]);
                top = word.Top;
                bottom = word.Bottom;
            }
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return lines;
    }
}
