using FiscalWarehouse.Etl.Tests.Pdf;

namespace FiscalWarehouse.Etl.Tests.Corpus;

/// <summary>
/// The development corpus of real budget PDFs (../shared/corpus-pdf/, never committed): each document is parsed once
/// per test run; tests skip with the reason when the corpus or poppler is absent.
/// </summary>
internal static class CorpusFiles
{
    private static readonly Dictionary<string, ParsedReport> Cache = [];

    public static string Directory => Path.GetFullPath(Path.Combine(PdfTestFiles.RepoRoot, "..", "shared", "corpus-pdf"));

    public static ParsedReport Parse(string name)
    {
        PdfTestFiles.RequirePoppler();
        var path = Path.Combine(Directory, name);
        Assert.SkipUnless(File.Exists(path), $"{path} is absent (the corpus lives in ../shared/corpus-pdf/ next to the repository)");
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var parsed))
            {
                parsed = new ReportParser().Parse(path, TestContext.Current.CancellationToken);
                Cache[name] = parsed;
            }

            return parsed;
        }
    }
}
