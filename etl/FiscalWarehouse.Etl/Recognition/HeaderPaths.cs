namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Header paths compared word by word, ordinal: the one comparison the table builders (is this column already there?)
/// and the sum rules (is this column under the same parent?) ask for every column, indexed instead of through LINQ.
/// </summary>
internal static class HeaderPaths
{
    public static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Count == b.Count && SamePrefix(a, b, a.Count);

    /// <summary>The first <paramref name="length"/> words of both paths are the same (both hold at least that many).</summary>
    public static bool SamePrefix(IReadOnlyList<string> a, IReadOnlyList<string> b, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (!string.Equals(a[k], b[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
