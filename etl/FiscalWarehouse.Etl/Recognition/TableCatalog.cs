using FiscalWarehouse.Model.Reports;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// The catalog of standard tables, loaded once from the embedded YAML. Matching is by meaning: keywords of the
/// normalized title (years and numbering removed), or header/first-row words when the title is missing or truncated.
/// </summary>
public sealed class TableCatalog
{
    public const string GenericId = "generic";

    private TableCatalog(IReadOnlyList<CatalogEntry> entries) => Entries = entries;

    public static TableCatalog Default { get; } = Load();

    public IReadOnlyList<CatalogEntry> Entries { get; }

    public CatalogEntry? Find(string id) => Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    public static TableCatalog Load()
    {
        using var stream = typeof(TableCatalog).Assembly.GetManifestResourceStream("catalog/tables.yaml")
            ?? throw new InvalidOperationException("embedded resource catalog/tables.yaml is missing");
        using var reader = new StreamReader(stream);
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var entries = deserializer.Deserialize<List<CatalogEntry>>(reader);
        var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"catalog id {duplicate.Key} is defined twice");
        }

        return new TableCatalog(entries);
    }

    /// <param name="titleKey">The title normalized by <see cref="TextKey.Title"/>, or empty when there is none.</param>
    /// <param name="contentKey">Header and first rows normalized by <see cref="TextKey.Of"/>.</param>
    public CatalogEntry? Match(string titleKey, string contentKey, ReportPhase phase)
    {
        CatalogEntry? best = null;
        var bestScore = 0;
        foreach (var entry in Entries)
        {
            if (!PhaseFits(entry, phase) || ContainsAny(titleKey, entry.TitleNone))
            {
                continue;
            }

            var score = 0;
            if (titleKey.Length > 0 && entry.TitleAll.Count > 0 && AllPresent(titleKey, entry.TitleAll, out var titleScore))
            {
                // The title names the table; header words only confirm it, so a longer title match outweighs them.
                score += titleScore * 3;
            }

            if (entry.ContentAll.Count > 0 && !ContainsAny(contentKey, entry.ContentNone) && AllPresent(contentKey, entry.ContentAll, out var contentScore))
            {
                score += contentScore;
            }

            if (score > bestScore)
            {
                best = entry;
                bestScore = score;
            }
        }

        return best;
    }

    internal static bool PhaseFits(CatalogEntry entry, ReportPhase phase) => entry.Phase switch
    {
        "final" => phase != ReportPhase.Budget,
        "budget" => phase != ReportPhase.FinalAccount,
        _ => true,
    };

    /// <summary>Keywords split on | once per process: every segment of every report is matched against every entry.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Alternatives = new(StringComparer.Ordinal);

    private static bool AllPresent(string key, List<string> keywords, out int score)
    {
        score = 0;
        foreach (var keyword in keywords)
        {
            var hit = 0;
            foreach (var alternative in Alternatives.GetOrAdd(keyword, k => k.Split('|')))
            {
                if (alternative.Length > 0 && key.Contains(alternative, StringComparison.Ordinal))
                {
                    hit = Math.Max(hit, alternative.Length);
                }
            }

            if (hit == 0)
            {
                return false;
            }

            score += hit;
        }

        return true;
    }

    private static bool ContainsAny(string key, List<string> keywords) =>
        keywords.Any(k => key.Contains(k, StringComparison.Ordinal));
}
