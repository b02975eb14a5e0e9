namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Header paths compared word by word, ordinal: the one comparison the table builders (is this column already there?)
/// and the sum rules (is this column under the same parent?) ask for every column, indexed instead of through LINQ.
/// </summary>
internal static class HeaderPaths
{
    public static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Count == b.Count && SamePrefix(a, b, a.Count);

    /// <summary>
    /// <see cref="Same(IReadOnlyList{string}, IReadOnlyList{string})"/> of a path and words a reader has not copied into a
    /// list. Indexed, not through Items.Of: a stored path is often a collection expression's own list, which it would copy.
    /// </summary>
    public static bool Same(IReadOnlyList<string> a, ReadOnlySpan<string> b)
    {
        if (a.Count != b.Length)
        {
            return false;
        }

        for (var k = 0; k < b.Length; k++)
        {
            if (!string.Equals(a[k], b[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

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
