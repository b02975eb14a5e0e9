using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>
/// The sample reports as SourceDocuments, split by a deliberately minimal local reader (tabs, or pipes for markdown
/// rows, markup stripped from cells) so that narrative and performance tests do not depend on the real readers.
/// </summary>
internal static partial class SampleText
{
    private static readonly string[] Files =
    [
        "shanxi-gaoping-industry-service-center-2023-unit-final.txt",
        "shanxi-xiangyuan-industry-bureau-2023-department-final.txt",
        "shanxi-datong-materials-promotion-center-2023-unit-budget.txt",
        "henan-pingdingshan-industry-bureau-2023-department-final.txt",
        "shanxi-zezhou-industry-bureau-2024-department-budget.txt",
    ];

    /// <summary>Seed 000..004 as the domain guide numbers them.</summary>
    public static SourceDocument Seed(int seed)
    {
        var file = Files[seed];
        return FromText(file, File.ReadAllText(Path.Combine(SamplesDirectory(), file)));
    }

    /// <summary>The file of seed 000..004, for tests that go through the real parser.</summary>
    public static string PathOf(int seed) => Path.Combine(SamplesDirectory(), Files[seed]);

    public static SourceDocument FromText(string fileName, string text)
    {
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var lines = new List<SourceLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            lines.Add(new SourceLine(i + 1, raw[i], Cells(raw[i])));
        }

        return new SourceDocument(fileName, "test", SourceFormat.TabSeparatedText, "utf-8", text.Length, lines);
    }

    /// <summary>The lines a recognizer would call table rows: two or more non-empty cells.</summary>
    public static IReadOnlySet<int> TableLines(SourceDocument document) =>
        document.Lines.Where(l => l.Cells.Count(c => c.Length > 0) >= 2).Select(l => l.Number).ToHashSet();

    /// <summary>The lines of a range, as the parser hands a performance form to its reader.</summary>
    public static IReadOnlyList<SourceLine> Range(SourceDocument document, int from, int to) =>
        document.Lines.Where(l => l.Number >= from && l.Number <= to).ToList();

    private static string[] Cells(string line)
    {
        var trimmed = line.Trim();
        var parts = trimmed.StartsWith('|') ? trimmed.Trim('|').Split('|') : line.Split('\t');
        return [.. parts.Select(p => Markup().Replace(p, "").Replace("**", "", StringComparison.Ordinal).Trim())];
    }

    private static string SamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("<[^<>]{0,200}>")]
    private static partial Regex Markup();
}
