using System.Collections.Concurrent;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Logging;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Parses the first batch of a load while the writer opens the warehouse, when the warehouse file does not exist yet:
/// nothing in a new file can match a file's hash, so no parse is wasted, and a one-file load then pays its parse and
/// its open side by side instead of one after the other. <see cref="WarehouseWriter.LoadFiles"/> takes the results;
/// files it does not find here (or that come again) it reads and parses itself.
/// </summary>
public sealed class ParseAhead
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<Parsed>> _files;

    private ParseAhead(ConcurrentDictionary<string, TaskCompletionSource<Parsed>> files)
    {
        _files = files;
    }

    /// <summary>What reading and parsing one file gave, or the exception either step threw.</summary>
    internal sealed record Parsed(byte[]? Bytes, ParsedReport? Report, Exception? Error);

    /// <summary>Starts parsing the first <paramref name="count"/> files when <paramref name="warehousePath"/> is new; null otherwise.</summary>
    public static ParseAhead? StartIfNew(string warehousePath, IReadOnlyList<string> paths, int count, ReportParser parser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(parser);
        return paths.Count == 0 || File.Exists(Path.GetFullPath(warehousePath)) ? null : Start(paths, count, parser, cancellationToken);
    }

    /// <summary>
    /// Starts parsing the first <paramref name="count"/> files, for a caller that checked the warehouse was new before
    /// it started creating it.
    /// </summary>
    public static ParseAhead Start(IReadOnlyList<string> paths, int count, ReportParser parser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(parser);
        var files = new ConcurrentDictionary<string, TaskCompletionSource<Parsed>>(StringComparer.Ordinal);
        var work = new List<KeyValuePair<string, TaskCompletionSource<Parsed>>>();
        foreach (var i in ParseOrder.LargestFirst(paths, 0, Math.Min(Math.Max(1, count), paths.Count)))
        {
            var path = paths[i];
            var source = new TaskCompletionSource<Parsed>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (files.TryAdd(path, source))
            {
                work.Add(new KeyValuePair<string, TaskCompletionSource<Parsed>>(path, source));
            }
        }

        _ = Task.Run(() =>
        {
            try
            {
                // One file at a time, largest first: the order pdftotext was started ahead in (PdfWordsPrefetch).
                ParallelWork.For(work.Count, Environment.ProcessorCount, cancellationToken,
                    k => work[k].Value.TrySetResult(ParseOne(work[k].Key, parser, cancellationToken)));
            }
            finally
            {
                // Cancelled part way: whoever waits for a file not parsed sees the cancellation, never a hang.
                foreach (var pair in work)
                {
                    pair.Value.TrySetCanceled(cancellationToken);
                }
            }
        }, CancellationToken.None);
        return new ParseAhead(files);
    }

    /// <summary>The parse of <paramref name="path"/> (waiting for it), once; null when it was not parsed ahead.</summary>
    internal Parsed? Take(string path) =>
        _files.TryRemove(path, out var source) ? source.Task.GetAwaiter().GetResult() : null;

    private static Parsed ParseOne(string path, ReportParser parser, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = parser.ReadFile(path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Parsed(null, null, e);
        }

        try
        {
            var report = parser.Parse(Path.GetFileName(path), bytes, cancellationToken);
            StartupTimeline.Mark($"parsed ahead {Path.GetFileName(path)}");
            return new Parsed(bytes, report, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Parsed(bytes, null, e);
        }
    }
}
