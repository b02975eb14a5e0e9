namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// The order the files of one load batch are parsed in: largest first. The batch commits when its last file is parsed,
/// so a 56-page PDF taken last keeps one core busy while the other has nothing left (longest-processing-time-first
/// scheduling; the file's size stands for its work). Outcomes are still reported and loaded in the given order;
/// pdftotext is started ahead in this same order (<see cref="Etl.Reading.Pdf.PdfWordsPrefetch"/>), so the words a
/// worker waits for are the ones started first.
/// </summary>
public static class ParseOrder
{
    /// <summary>Indices <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1, largest file first (ties in the given order).</summary>
    public static int[] LargestFirst(IReadOnlyList<string> paths, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sizes = new long[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = start + i;
            sizes[i] = SizeOf(paths[start + i]);
        }

        // A stable sort: Array.Sort is not, and equal sizes must keep the given order.
        return [.. order.OrderByDescending(i => sizes[i - start])];
    }

    /// <summary>Every path, batch by batch (<paramref name="batchSize"/>), each batch largest first.</summary>
    public static IReadOnlyList<string> Batched(IReadOnlyList<string> paths, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var ordered = new List<string>(paths.Count);
        var size = Math.Max(1, batchSize);
        for (var start = 0; start < paths.Count; start += size)
        {
            ordered.AddRange(LargestFirst(paths, start, Math.Min(size, paths.Count - start)).Select(i => paths[i]));
        }

        return ordered;
    }

    // A file that cannot be looked at sorts last; its reader reports why.
    private static long SizeOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : -1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return -1;
        }
    }
}
