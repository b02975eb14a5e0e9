using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Identity;

/// <summary>
/// The unit names a document offers, ranked: a name that reads as an organization beats a cover phrase
/// (`上海市2026年市级单位预算` gives `上海市市级`; its `预算单位：上海市审计局` line gives the unit), and among those
/// the cover's label beats the cover's title, which beats a label inside the document, which beats a narrative sentence opening with the unit, which beats the
/// file name.
/// </summary>
internal sealed class UnitCandidates
{
    public const int CoverLabel = 0;
    public const int CoverTitle = 1;
    public const int Labelled = 2;
    public const int Narrative = 3;
    public const int FileName = 4;

    private readonly List<(string Name, SourceRef? Source, int Rank)> _offers = [];

    /// <summary>A name that reads as an organization from the cover or a label: no need to look further.</summary>
    public bool HasStrong => _offers.Any(o => o.Rank <= CoverTitle && OrganizationName.Looks(o.Name));

    public void Offer(string name, SourceLine? line, string file, int rank)
    {
        var clean = UnitMarkup.Strip(name).Trim();
        if (clean.Length >= 2)
        {
            _offers.Add((clean, line?.RefIn(file), rank));
        }
    }

    public (string Name, SourceRef? Source) Best()
    {
        var best = _offers.OrderBy(o => OrganizationName.Looks(o.Name) ? 0 : 1).ThenBy(o => o.Rank).FirstOrDefault();
        return best.Name is null ? ("", null) : (best.Name, best.Source);
    }
}
