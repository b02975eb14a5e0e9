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

        // Stable (equal sizes keep the given order), and a merge sort of our own rather than OrderByDescending over
        // ints, which was JIT-compiled in every process (docs/benchmarks.md, round 11).
        var scratch = new int[count];
        for (var width = 1; width < count; width *= 2)
        {
            for (var low = 0; low < count; low += 2 * width)
            {
                int mid = Math.Min(low + width, count), high = Math.Min(low + (2 * width), count), a = low, b = mid, k = low;
                while (a < mid && b < high)
                {
                    scratch[k++] = sizes[order[b] - start] > sizes[order[a] - start] ? order[b++] : order[a++];
                }

                while (a < mid)
                {
                    scratch[k++] = order[a++];
                }

                while (b < high)
                {
                    scratch[k++] = order[b++];
                }
            }

            (order, scratch) = (scratch, order);
        }

        return order;
    }

    /// <summary>Every path, batch by batch (<paramref name="batchSize"/>), each batch largest first.</summary>
    public static IReadOnlyList<string> Batched(IReadOnlyList<string> paths, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var ordered = new List<string>(paths.Count);
        var size = Math.Max(1, batchSize);
        for (var start = 0; start < paths.Count; start += size)
        {
            foreach (var i in LargestFirst(paths, start, Math.Min(size, paths.Count - start)))
            {
                ordered.Add(paths[i]);
            }
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
