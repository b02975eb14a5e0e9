using FiscalWarehouse.Etl.Logging;
using FiscalWarehouse.Etl.Reading.Pdf;
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

    private static Task<(IReadOnlyList<string> Files, int BatchSize)?>? started;

    /// <summary>Starts the scan (and pdftotext) on a worker thread when the verb is `load`; any other verb does nothing.</summary>
    public static void Begin(string[] args)
    {
        if (args.Length > 1 && args[0] == "load")
        {
            started = Task.Run(() => TryStart(args));
        }
    }

    /// <summary>
    /// Whether the early start already covers these files in this batch size (the command must then not start
    /// pdftotext on them again); waits for the scan, which is done long before the command line is parsed.
    /// </summary>
    public static bool Covers(IReadOnlyList<string> files, int batchSize)
    {
        var early = started?.GetAwaiter().GetResult();
        return early is { } e && e.BatchSize == batchSize && e.Files.SequenceEqual(files, StringComparer.Ordinal);
    }

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

    private static (IReadOnlyList<string> Files, int BatchSize)? TryStart(string[] args)
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

            var batchSize = CommonOptions.WarehouseOptions(null).LoadBatchSize;
            PdfWordsPrefetch.Start(ParseOrder.Batched(files, batchSize), CliServices.Limits.MaxDocumentBytes, Environment.ProcessorCount, CancellationToken.None);
            StartupTimeline.Mark("load: pdftotext started from the raw arguments");
            return (files, batchSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            // A bad setting or an unreadable folder: the command reports it with its own words after parsing.
            return null;
        }
    }
}
