namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>
/// Growth for the drawing reader's plain arrays (path points, subpaths, the q/Q stack). A generic method of this
/// assembly is precompiled for the types it is used with; the framework's <c>Array.Resize&lt;T&gt;</c> and the lists it
/// replaces were JIT-compiled in every process (docs/benchmarks.md, round 11).
/// </summary>
internal static class GrowableArrays
{
    /// <summary>A copy of <paramref name="array"/> with twice its length (at least one).</summary>
    public static T[] Doubled<T>(T[] array)
    {
        var bigger = new T[Math.Max(1, array.Length * 2)];
        Array.Copy(array, bigger, array.Length);
        return bigger;
    }
}
