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

    // A class, not a value tuple: sorting and scanning a list of tuples were ~25 generic instantiations ReadyToRun
    // cannot hold, JIT-compiled in every process (docs/benchmarks.md, round 11).
    private sealed record Offered(string Name, SourceRef? Source, int Rank);

    private readonly List<Offered> _offers = [];

    /// <summary>A name that reads as an organization from the cover or a label: no need to look further.</summary>
    public bool HasStrong
    {
        get
        {
            foreach (var offer in _offers)
            {
                if (offer.Rank <= CoverTitle && OrganizationName.Looks(offer.Name))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public void Offer(string name, SourceLine? line, string file, int rank)
    {
        var clean = UnitMarkup.Strip(name).Trim();
        if (clean.Length >= 2)
        {
            _offers.Add(new Offered(clean, line?.RefIn(file), rank));
        }
    }

    /// <summary>An organization's name before anything else, then the lowest rank; the first offered among equals.</summary>
    public (string Name, SourceRef? Source) Best()
    {
        Offered? best = null;
        var bestLooks = false;
        foreach (var offer in _offers)
        {
            var looks = OrganizationName.Looks(offer.Name);
            if (best is null || (looks && !bestLooks) || (looks == bestLooks && offer.Rank < best.Rank))
            {
                (best, bestLooks) = (offer, looks);
            }
        }

        return best is null ? ("", null) : (best.Name, best.Source);
    }
}
