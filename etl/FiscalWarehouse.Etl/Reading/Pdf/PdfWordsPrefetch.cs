using System.Collections.Concurrent;
using System.Security.Cryptography;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// <c>pdftotext</c> started ahead for PDFs a command is about to parse: poppler, the floor of every PDF read, then
/// works on the other core while the process still builds its parser and opens the warehouse, and in a load of many
/// PDFs the words of the next files are extracted while the current ones are composed and recognized. At most
/// <c>window</c> files run ahead of the reader; each file the reader takes starts the next one.
/// <see cref="PdfDocumentReader"/> takes an output by the SHA-256 of the bytes it was given, so only identical bytes
/// share one and the words are exactly those it would have extracted itself; bytes nobody prefetched are read as before.
/// </summary>
public sealed class PdfWordsPrefetch
{
    private static readonly ConcurrentDictionary<string, Task<IReadOnlyList<PdfPage>>> Started = new(StringComparer.Ordinal);
    // Bytes a reader extracted itself (it came before the prefetch): never started afterwards for nobody to take.
    private static readonly ConcurrentDictionary<string, bool> Claimed = new(StringComparer.Ordinal);
    private static PdfWordsPrefetch? current;

    private readonly string[] _paths;
    private readonly long _maxBytes;
    private readonly CancellationToken _cancellationToken;
    private int _next;

    private PdfWordsPrefetch(string[] paths, long maxBytes, CancellationToken cancellationToken)
    {
        _paths = paths;
        _maxBytes = maxBytes;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Starts pdftotext for the first <paramref name="window"/> PDFs of <paramref name="paths"/> (named .pdf and starting
    /// as the reader requires; larger than <paramref name="maxBytes"/>, it is left to the reader to refuse), on this
    /// thread. Call it only when every file will be parsed: an output nobody takes is work thrown away.
    /// </summary>
    public static void Start(IReadOnlyList<string> paths, long maxBytes, int window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var prefetch = new PdfWordsPrefetch([.. paths], maxBytes, cancellationToken);
        current = prefetch;
        for (var i = 0; i < Math.Max(1, window); i++)
        {
            prefetch.StartNext();
        }
    }

    /// <summary>Whether words of these bytes are waiting to be taken.</summary>
    internal static bool IsPending(string sha256) => Started.ContainsKey(sha256);

    /// <summary>The prefetched words of these bytes (removed: each is taken once), or null; starts the next file.</summary>
    internal static Task<IReadOnlyList<PdfPage>>? Take(string sha256)
    {
        if (!Started.TryRemove(sha256, out var words))
        {
            if (current is not null)
            {
                Claimed.TryAdd(sha256, true);
            }

            return null;
        }

        current?.StartNext();
        return words;
    }

    private void StartNext()
    {
        while (true)
        {
            var index = Interlocked.Increment(ref _next) - 1;
            if (index >= _paths.Length || _cancellationToken.IsCancellationRequested)
            {
                return;
            }

            // Only files named .pdf are looked at: a load of thousands of text reports must not read each one twice to
            // find none. A PDF named otherwise is still read as a PDF, just not ahead.
            if (_paths[index].EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && TryStart(_paths[index]))
            {
                return;
            }
        }
    }

    // Anything that stops a prefetch (unreadable, too large, not a PDF, poppler missing) leaves the file to the reader,
    // which reports it with the file's name as it always did.
    private bool TryStart(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > _maxBytes)
            {
                return false;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        if (!new PdfDocumentReader().CanRead(path, bytes.AsSpan(0, Math.Min(bytes.Length, 1024))))
        {
            return false;
        }

        var name = Path.GetFileName(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // Claimed by a reader, or already started (the same bytes twice, or a prefetch started again by a command that
        // could not use an earlier start): a second extraction would be thrown away.
        if (Claimed.ContainsKey(hash) || Started.ContainsKey(hash))
        {
            return false;
        }

        try
        {
            var words = PdfDocumentReader.StartWords(name, bytes, _cancellationToken);
            // The same bytes twice in one run: one extraction serves the first reader, the second reads its own.
            if (!Started.TryAdd(hash, words))
            {
                words.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            }

            return true;
        }
        catch (DocumentReadException)
        {
            return false;
        }
    }
}
