using System.Text.RegularExpressions;
using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>Locates the repository, the committed fixtures and the shared PDF; reads PDFs once per file.</summary>
internal static partial class PdfTestFiles
{
    public const string SharedPdfName = "shanghai-putuo-justice-2026-unit-budget.pdf";

    private static readonly Dictionary<string, SourceDocument> Cache = [];

    public static string RepoRoot { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(RepoRoot, "tests", "FiscalWarehouse.Etl.Tests", "Pdf", "Fixtures", name);

    public static string Sample(string name) => Path.Combine(RepoRoot, "samples", name);

    /// <summary>The real PDF is never committed: CI provides it at ../shared relative to the repository root.</summary>
    public static string SharedPdf => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "samples-pdf", SharedPdfName));

    public static void RequirePoppler()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/pdftotext") || Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(d => File.Exists(Path.Combine(d, "pdftotext"))),
            "pdftotext (poppler-utils) is not installed; scripts/setup installs it");
    }

    public static SourceDocument ReadShared()
    {
        RequirePoppler();
        Assert.SkipUnless(File.Exists(SharedPdf), $"the shared PDF is absent: expected at {SharedPdf} (../shared/samples-pdf/ next to the repository)");
        return Read(SharedPdf);
    }

    public static SourceDocument Read(string path)
    {
        RequirePoppler();
        lock (Cache)
        {
            if (!Cache.TryGetValue(path, out var document))
            {
                document = new PdfDocumentReader().Read(Path.GetFileName(path), File.ReadAllBytes(path), TestContext.Current.CancellationToken);
                Cache[path] = document;
            }

            return document;
        }
    }

    /// <summary>Cells without any whitespace and without trailing blanks: how recognition compares them.</summary>
    public static string[] Normalize(IEnumerable<string> cells)
    {
        var list = cells.Select(c => Whitespace().Replace(c, "")).ToList();
        while (list.Count > 0 && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        return [.. list];
    }

    /// <summary>The line whose normalized cells start with the given cells (first match after <paramref name="after"/>).</summary>
    public static SourceLine Row(SourceDocument document, int after, params string[] start) =>
        document.Lines.First(l => l.Number > after && Normalize(l.Cells).Take(start.Length).SequenceEqual(start));

    /// <summary>The last single-cell line containing the text: a table's title in the body, after the table of contents.</summary>
    public static int LineOf(SourceDocument document, string text) =>
        document.Lines.Last(l => l.Cells.Count == 1 && l.Cells[0].Contains(text, StringComparison.Ordinal)).Number;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FiscalWarehouse.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("FiscalWarehouse.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
