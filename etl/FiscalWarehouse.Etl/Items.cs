using System.Runtime.InteropServices;

namespace FiscalWarehouse.Etl;

/// <summary>
/// The items of a model list (<c>SourceLine.Cells</c>, <c>SourceDocument.Lines</c>, <c>TableRow.Cells</c>) as a span, for
/// the loops that run over every line or cell of a document. The model exposes IReadOnlyList, whose Count, indexer and
/// enumerator are interface calls the JIT cannot devirtualize without tiered PGO (which <c>fw</c> turns off); every reader
/// builds an array or a List, whose items are read here in place, without a copy.
/// </summary>
internal static class Items
{
    public static ReadOnlySpan<T> Of<T>(IReadOnlyList<T> list) => list switch
    {
        T[] array => array,
        List<T> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };
}
