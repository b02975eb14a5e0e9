using System.Runtime.InteropServices;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl;

/// <summary>
/// The items of a model list (<c>SourceLine.Cells</c>, <c>SourceDocument.Lines</c>, <c>ReportTable.Rows</c>,
/// <c>TableRow.Cells</c>) as a span, for the loops that run over every line or cell of a document. The model exposes
/// IReadOnlyList, whose Count, indexer and enumerator are interface calls the JIT cannot devirtualize without tiered PGO
/// (which <c>fw</c> turns off); every reader builds an array or a List, whose items are read here in place, without a
/// copy. One overload per item type, not a generic method: shared generic code would test the array type through a
/// run-time type lookup on every call.
/// </summary>
internal static class Items
{
    public static ReadOnlySpan<string> Of(IReadOnlyList<string> list) => list switch
    {
        string[] array => array,
        List<string> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };

    public static ReadOnlySpan<SourceLine> Of(IReadOnlyList<SourceLine> list) => list switch
    {
        SourceLine[] array => array,
        List<SourceLine> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };

    public static ReadOnlySpan<TableRow> Of(IReadOnlyList<TableRow> list) => list switch
    {
        TableRow[] array => array,
        List<TableRow> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };

    public static ReadOnlySpan<int> Of(IReadOnlyList<int> list) => list switch
    {
        int[] array => array,
        List<int> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };

    public static ReadOnlySpan<TableCell> Of(IReadOnlyList<TableCell> list) => list switch
    {
        TableCell[] array => array,
        List<TableCell> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };
}
