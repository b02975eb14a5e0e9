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
        var entries = Read(reader.ReadToEnd());
        var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"catalog id {duplicate.Key} is defined twice");
        }

        return new TableCatalog(entries);
    }

    /// <summary>The entries of a catalog YAML: read by hand when it has the catalogs' flat shape, else by YamlDotNet.</summary>
    internal static List<CatalogEntry> Read(string yaml) => Catalogs.FlatYaml.ReadOr(yaml, ToEntry, ReadWithYamlDotNet);

    internal static List<CatalogEntry> ReadWithYamlDotNet(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<List<CatalogEntry>>(yaml);

    /// <summary>One record as YamlDotNet would bind it (underscored names), or null for a key or value it would not bind so.</summary>
    private static CatalogEntry? ToEntry(Dictionary<string, object> record)
    {
        var entry = new CatalogEntry();
        foreach (var (key, value) in record)
        {
            switch (key, value)
            {
                case ("id", string v): entry.Id = v; break;
                case ("name", string v): entry.Name = v; break;
                case ("phase", string v): entry.Phase = v; break;
                case ("reader", string v): entry.Reader = v; break;
                case ("title_all", List<string> v): entry.TitleAll = v; break;
                case ("title_none", List<string> v): entry.TitleNone = v; break;
                case ("content_all", List<string> v): entry.ContentAll = v; break;
                case ("content_none", List<string> v): entry.ContentNone = v; break;
                case ("fund_source", string v): entry.FundSource = v; break;
                case ("measure", string v): entry.Measure = v; break;
                default: return null;
            }
        }

        return entry;
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

    // A loop, not Any with a lambda: the lambda captures the key, one delegate per entry per segment.
    private static bool ContainsAny(string key, List<string> keywords)
    {
        foreach (var keyword in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keywords))
        {
            if (key.Contains(keyword, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
