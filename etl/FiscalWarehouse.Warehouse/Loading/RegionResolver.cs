namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Resolves a unit to a GB/T 2260 region from the region names its printed name starts with: "平顶山市工业和信息化局"
/// → 平顶山市 (410400), "高平市工业…" → 高平市 (140581), "山西省晋城市泽州县…" → 泽州县. Each step may only descend
/// (province → prefecture → county). A name shared by several regions with nothing printed to tell them apart is
/// ambiguous: the unit stays unresolved and the loader records a finding, never a guess.
/// </summary>
public sealed class RegionResolver
{
    private readonly IReadOnlyList<Region> _regions;

    public RegionResolver(IEnumerable<Region> regions)
    {
        _regions = [.. regions.OrderByDescending(r => r.Name.Length)];
    }

    /// <param name="Code">The region, or null with <paramref name="Problem"/> saying why.</param>
    public sealed record Resolution(Region? Region, string? Problem);

    public sealed record Region(string Code, string Name, string Level, string? ParentCode, string ProvinceCode, string? PrefectureCode)
    {
        public int Depth => Level switch { "province" => 0, "prefecture" => 1, _ => 2 };

        public bool IsWithin(Region scope) =>
            Code != scope.Code && (ParentCode == scope.Code || ProvinceCode == scope.Code || PrefectureCode == scope.Code);
    }

    /// <summary>Tries the printed region name first (when the document states one), then the unit name.</summary>
    public Resolution Resolve(string normalizedUnitName, string? printedRegionName)
    {
        if (!string.IsNullOrWhiteSpace(printedRegionName))
        {
            var byRegion = ResolvePrefix(UnitNames.Normalize(printedRegionName));
            if (byRegion.Region is not null)
            {
                // The unit name may go deeper than the printed region (region 晋城市, unit 高平市…).
                var byUnit = ResolvePrefix(normalizedUnitName);
                return byUnit.Region is { } deeper && deeper.IsWithin(byRegion.Region) ? byUnit : byRegion;
            }
        }

        return ResolvePrefix(normalizedUnitName);
    }

    private Resolution ResolvePrefix(string text)
    {
        Region? scope = null;
        var position = 0;
        while (position < text.Length)
        {
            var rest = text.AsSpan(position);
            var matches = new List<Region>();
            foreach (var region in _regions)
            {
                if (matches.Count > 0 && region.Name.Length < matches[0].Name.Length)
                {
                    break;
                }

                if (rest.StartsWith(region.Name, StringComparison.Ordinal) && (scope is null || region.IsWithin(scope)))
                {
                    matches.Add(region);
                }
            }

            if (matches.Count == 0)
            {
                break;
            }

            if (matches.Count > 1)
            {
                // A province and its homonymous capital never collide here (吉林省 ≠ 吉林市); same-name counties do.
                var shallowest = matches.Min(m => m.Depth);
                var top = matches.Where(m => m.Depth == shallowest).ToList();
                if (top.Count > 1)
                {
                    var where = scope is null ? "" : $" in {scope.Name}";
                    return scope is not null
                        ? new Resolution(scope, null)
                        : new Resolution(null, $"'{top[0].Name}'{where} names {top.Count} regions ({string.Join(", ", top.Select(t => t.Code))}); the document does not say which");
                }

                matches = top;
            }

            scope = matches[0];
            position += scope.Name.Length;
        }

        return scope is null
            ? new Resolution(null, $"no region name (province, prefecture or county) at the start of '{text}'")
            : new Resolution(scope, null);
    }
}
