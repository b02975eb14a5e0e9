using FiscalWarehouse.Etl.Tests.Pdf;

namespace FiscalWarehouse.Etl.Tests.Identity;

/// <summary>The development corpus of real PDFs (../shared/corpus-pdf/): never committed, skipped with the reason when absent.</summary>
internal static class CorpusFiles
{
    public static string Folder => Path.GetFullPath(Path.Combine(PdfTestFiles.RepoRoot, "..", "shared", "corpus-pdf"));

    public static string Require(string name)
    {
        PdfTestFiles.RequirePoppler();
        var path = Path.Combine(Folder, name);
        Assert.SkipUnless(File.Exists(path), $"the corpus PDF is absent: expected at {path} (../shared/corpus-pdf/ next to the repository)");
        return path;
    }

    /// <summary>Parses a corpus file once per test run (PDF reading is the slow part).</summary>
    public static ParsedReport Parse(string name)
    {
        var path = Require(name);
        lock (Parsed)
        {
            if (!Parsed.TryGetValue(path, out var parsed))
            {
                parsed = new ReportParser().Parse(PdfTestFiles.Read(path), TestContext.Current.CancellationToken);
                Parsed[path] = parsed;
            }

            return parsed;
        }
    }

    private static readonly Dictionary<string, ParsedReport> Parsed = [];
}
