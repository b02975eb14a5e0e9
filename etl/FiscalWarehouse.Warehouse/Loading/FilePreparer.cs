using System.Globalization;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// What the parse workers do for each file of a load before the loading thread sees it: read it, answer "unchanged"
/// from its content hash, parse it and prepare its warehouse rows, or decide its rejection with file and line.
/// </summary>
internal sealed class FilePreparer(ReportLoader loader, ReportPreparer preparer)
{
    /// <summary>Files <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/>, largest first on every core, in input order.</summary>
    public PreparedFile[] PrepareAll(IReadOnlyList<string> paths, int start, int count, ReportParser parser, ParseAhead? ahead, CancellationToken cancellationToken)
    {
        var prepared = new PreparedFile[Math.Min(count, paths.Count - start)];
        var order = ParseOrder.LargestFirst(paths, start, prepared.Length);
        ParallelWork.For(order.Length, Environment.ProcessorCount, cancellationToken,
            k => prepared[order[k] - start] = Prepare(paths[order[k]], parser, cancellationToken, ahead?.Take(paths[order[k]])));
        return prepared;
    }

    public PreparedFile Prepare(string path, ReportParser parser, CancellationToken cancellationToken, ParseAhead.Parsed? early = null)
    {
        var fileName = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = early is null ? parser.ReadFile(path) : early.Bytes ?? Rethrow<byte[]>(early.Error!);
        }
        catch (DocumentReadException e)
        {
            return new PreparedFile(new LoadOutcome(path, LoadStatus.Rejected, Reason: e.Reason, Where: e.Line is { } line ? $"{fileName}:{line.ToString(CultureInfo.InvariantCulture)}" : fileName), null);
        }

        // Same bytes, same report: answer before parsing.
        if (loader.FindByHash(ContentHash.Of(bytes)) is { } existing)
        {
            return new PreparedFile(new LoadOutcome(path, LoadStatus.Unchanged, existing), null);
        }

        try
        {
            var parsed = early is null ? parser.Parse(fileName, bytes, cancellationToken) : early.Report ?? Rethrow<ParsedReport>(early.Error!);
            var rows = PrepareRows(parsed);
            return new PreparedFile(null, new PendingReport(path, rows?.Parsed ?? parsed) { Prepared = rows });
        }
        catch (DocumentReadException e)
        {
            return new PreparedFile(new LoadOutcome(path, LoadStatus.Rejected, Reason: e.Reason,
                Where: $"{(e.File == "?" ? fileName : e.File)}:{(e.Line ?? 1).ToString(CultureInfo.InvariantCulture)}"), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser bug must not stop the other files of the load; it is reported like any rejection.
            return new PreparedFile(new LoadOutcome(path, LoadStatus.Rejected, Reason: $"the parser failed: {e.GetType().Name}: {e.Message}", Where: $"{fileName}:1"), null);
        }
    }

    /// <summary>
    /// The warehouse rows, computed here on the parse worker so the loading thread only appends. A report the loader
    /// will refuse gets none, and one whose preparation fails is prepared again by the loader, which reports the error.
    /// </summary>
    private PreparedReport? PrepareRows(ParsedReport parsed)
    {
        if (RejectionPolicy.Check(parsed) is not null)
        {
            return null;
        }

        try
        {
            return preparer.Prepare(parsed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>An exception caught on the parse-ahead thread, thrown here with its original stack.</summary>
    private static T Rethrow<T>(Exception error)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return default!;
    }

    /// <summary>A file decided before loading (rejected, unchanged), or a report to load with its rows.</summary>
    public sealed record PreparedFile(LoadOutcome? Outcome, PendingReport? Pending);

    /// <summary>Each file's outcome in input order: the ones decided before loading, and the loaded ones in turn.</summary>
    public static List<LoadOutcome> InOrder(PreparedFile[] prepared, IReadOnlyList<LoadOutcome> loaded)
    {
        var outcomes = new List<LoadOutcome>(prepared.Length);
        var next = 0;
        foreach (var file in prepared)
        {
            outcomes.Add(file.Outcome ?? loaded[next++]);
        }

        return outcomes;
    }
}
