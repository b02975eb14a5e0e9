using System.Reflection;

namespace FiscalWarehouse.Generator.Regions;

/// <summary>
/// The counties whose names are unique nationwide (regenerate with scripts/generator-regions.mjs), so the warehouse can
/// resolve a unit's region from its name prefix (高平市工业和信息化局 → 高平市).
/// </summary>
public static class CountyCatalog
{
    private static readonly Lazy<IReadOnlyList<County>> Loaded = new(Load);

    public static IReadOnlyList<County> All => Loaded.Value;

    private static List<County> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("generator/counties.csv")
            ?? throw new InvalidOperationException("embedded resource generator/counties.csv is missing");
        using var reader = new StreamReader(stream);
        var list = new List<County>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            if (parts.Length == 4)
            {
                list.Add(new County(parts[0], parts[1], parts[2], parts[3]));
            }
        }

        return list;
    }
}
