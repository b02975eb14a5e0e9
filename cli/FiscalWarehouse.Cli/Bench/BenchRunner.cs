using System.Globalization;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>Runs the stages of `fw bench` in order and collects their figures.</summary>
internal static class BenchRunner
{
    /// <param name="PdfLoadDirectories">Folders whose PDFs are loaded together by `fw load` against `pdftotext -tsv` over the same files.</param>
    /// <summary>fw bench --only: every stage, or one part of the run to repeat it on its own.</summary>
    public enum Only
    {
        All,

        /// <summary>Generate and load the corpus, then time the pages.</summary>
        Pages,

        /// <summary>Generate and load the corpus.</summary>
        Load,

        /// <summary>Generate the smallest corpus, then parse + validate it and the samples (no load).</summary>
        Parse,

        /// <summary>Every shared PDF through one fw load against pdftotext -tsv.</summary>
        PdfLoad,
    }

    /// <param name="Part">fw bench --only: which stages run (<see cref="Only"/>).</param>
    public sealed record Settings(IReadOnlyList<int> Sizes, bool Quick, string WorkDirectory, string SamplesDirectory, string PdfDirectory,
        IReadOnlyList<string> PdfLoadDirectories, Only Part = Only.All)
    {
        public bool PagesOnly => Part == Only.Pages;
    }

    public static List<BenchFigure> Run(Settings s, Action<string> progress, CancellationToken cancellationToken)
    {
        var figures = new List<BenchFigure> { new("machine", "load average (1 min) at start", Stopwatches.LoadAverage(), "", Note: $"{Environment.ProcessorCount} cores") };

        // Whichever part ran, the run ends with the load average, to say how contended it was.
        List<BenchFigure> Ended()
        {
            figures.Add(new BenchFigure("machine", "load average (1 min) at end", Stopwatches.LoadAverage(), ""));
            return figures;
        }

        if (s.Part == Only.PdfLoad)
        {
            progress("fw load of every shared PDF vs pdftotext -tsv");
            figures.AddRange(PdfLoadStage.Run(s.PdfLoadDirectories, Path.Combine(s.WorkDirectory, "pdf-load"), s.Quick ? 1 : 5, cancellationToken));
            return Ended();
        }

        string? lastDb = null;
        foreach (var size in s.Sizes.Order())
        {
            var label = size.ToString(CultureInfo.InvariantCulture);
            progress($"generating {label} reports");
            var (reports, bytes, genSeconds) = CorpusStage.Write(Path.Combine(s.WorkDirectory, $"corpus-{label}"), size);
            figures.Add(new BenchFigure("corpus", $"generate {label} reports", Stopwatches.Round(genSeconds, 1), "s", Note: $"{Stopwatches.Round(bytes / 1048576m, 1)} MiB"));
            var files = Directory.GetFiles(reports).Order(StringComparer.Ordinal).ToList();
            if (size == s.Sizes.Min() && s.Part is Only.All or Only.Parse)
            {
                progress("parse + validate vs reading bytes");
                figures.AddRange(ParseStage.Run("generated", files, s.Quick ? 1 : 2, s.Quick ? 5 : 400, cancellationToken));
                var samples = Directory.Exists(s.SamplesDirectory) ? Directory.GetFiles(s.SamplesDirectory, "*.txt").Where(f => new FileInfo(f).Length > 90_000).ToList() : [];
                if (samples.Count > 0)
                {
                    figures.AddRange(ParseStage.Run("samples ≥ 90 KB", samples, s.Quick ? 2 : 100, s.Quick ? 2 : 200, cancellationToken));
                }

                if (s.Part == Only.Parse)
                {
                    return Ended();
                }

                progress("appender vs INSERT");
                figures.AddRange(AppenderStage.Run(files, s.Quick ? 2_000 : 20_000, cancellationToken));
            }

            progress($"fw load {label} reports");
            lastDb = Path.Combine(s.WorkDirectory, $"bench-{label}.duckdb");
            figures.AddRange(LoadStage.Run(reports, lastDb, size, cancellationToken));
        }

        if (s.Part == Only.Load)
        {
            return Ended();
        }

        if (lastDb is not null && File.Exists(lastDb))
        {
            progress("pages until interactive (chromium)");
            figures.AddRange(PageStage.Run(lastDb, s.Quick ? 1 : 3, s.Sizes.Max(), cancellationToken));
        }

        if (s.PagesOnly)
        {
            return Ended();
        }

        if (lastDb is not null && File.Exists(lastDb))
        {
            progress("marts and API queries");
            figures.AddRange(QueryStage.Run(lastDb, s.Quick ? 3 : 20, cancellationToken));
            progress("Parquet export");
            figures.AddRange(LakeStage.Run(lastDb, Path.Combine(s.WorkDirectory, "lake"), cancellationToken));
        }

        progress("fw load of one small PDF into a new warehouse");
        figures.AddRange(FixedCostStage.Run(s.PdfDirectory, Path.Combine(s.WorkDirectory, "one-pdf"), s.Quick ? 1 : 5, cancellationToken));
        progress("PDF");
        figures.AddRange(PdfStage.Run(s.PdfDirectory, s.Quick ? 1 : 5, cancellationToken));
        progress("fw load of every shared PDF vs pdftotext -tsv");
        figures.AddRange(PdfLoadStage.Run(s.PdfLoadDirectories, Path.Combine(s.WorkDirectory, "pdf-load"), s.Quick ? 1 : 5, cancellationToken));
        return Ended();
    }
}
