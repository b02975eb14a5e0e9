using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Etl.Logging;
using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>
/// pdftotext for `fw load`'s first PDFs, started from the raw arguments on the first line of <c>Main</c> instead of
/// after System.CommandLine has parsed them (~60–80 ms later in a one-shot load, docs/benchmarks.md "pdf6"): poppler
/// is the floor of every PDF read, and the words of the largest files then arrive that much earlier.
/// The scan is deliberately narrow: anything it is not sure about (an option it does not know, a response file, a
/// path that does not exist) makes it start nothing, and <see cref="LoadCommand"/> starts the prefetch itself after
/// parsing, as before. Outputs are taken by the SHA-256 of the bytes, so a guess that differs from the parsed command
/// costs pdftotext work, never a wrong word.
/// </summary>
internal static class EarlyWordsPrefetch
{
    // `fw load`'s options that take one value; a value never names a file to load.
    internal static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal) { "--db", "--accept", "--unit", "--year", "--kind", "--phase" };

    private static Task<Started?>? started;

    /// <summary>What the early start assumed: the command's own values must match, or it starts the prefetch itself.</summary>
    private sealed record Started(IReadOnlyList<string> Files, int BatchSize, long MaxBytes);

    /// <summary>Starts the scan (and pdftotext) on a worker thread when the verb is `load`; any other verb does nothing.</summary>
    public static void Begin(string[] args)
    {
        if (args.Length > 1 && args[0] == "load")
        {
            started = Task.Run(() => TryStart(args));
        }
    }

    /// <summary>
    /// Whether the early start covers these files with the configured batch size and document limit (the command then
    /// does not start the prefetch again); waits for the scan, which is done before the command line is parsed.
    /// </summary>
    public static bool Covers(IReadOnlyList<string> files, int batchSize, long maxBytes) =>
        started?.GetAwaiter().GetResult() is { } early && early.BatchSize == batchSize && early.MaxBytes == maxBytes
        && early.Files.SequenceEqual(files, StringComparer.Ordinal);

    /// <summary>The PATH arguments of `fw load ARGS`, or null when the scan cannot be sure what they are.</summary>
    internal static IReadOnlyList<string>? Paths(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (ValueOptions.Contains(arg))
            {
                if (++i >= args.Count)
                {
                    return null;
                }
            }
            else if (arg.Length == 0 || arg[0] is '-' or '@')
            {
                // Help, `--`, `--db=…`, an option added later, a response file: left to the command line parser.
                return null;
            }
            else
            {
                paths.Add(arg);
            }
        }

        return paths.Count > 0 ? paths : null;
    }

    private static Started? TryStart(string[] args)
    {
        try
        {
            if (Paths(args) is not { } paths)
            {
                return null;
            }

            var files = ReportFiles.Expand(paths, out var missing);
            if (missing.Count > 0 || !files.Any(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            // The defaults, not the configuration: reading appsettings and FW_* took 60–75 ms here, longer than the
            // command line's own parse. A configured batch size or limit that differs makes Covers false.
            var early = new Started(files, new WarehouseOptions().LoadBatchSize, new DocumentLimits().MaxDocumentBytes);
            PdfWordsPrefetch.Start(ParseOrder.Batched(files, early.BatchSize), early.MaxBytes, Environment.ProcessorCount, CancellationToken.None);
            StartupTimeline.Mark("load: pdftotext started from the raw arguments");
            return early;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // An unreadable folder: the command reports it with its own words after parsing.
            return null;
        }
    }
}
