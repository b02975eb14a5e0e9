using System.Runtime.CompilerServices;
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
/// run-time type lookup on every call. The array test is inlined at each loop (text readers build arrays).
/// </summary>
internal static class Items
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<string> Of(IReadOnlyList<string> list) => list is string[] array ? array : Other(list);

    private static ReadOnlySpan<string> Other(IReadOnlyList<string> list) => list is List<string> items ? CollectionsMarshal.AsSpan(items) : list.ToArray();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<SourceLine> Of(IReadOnlyList<SourceLine> list) => list is SourceLine[] array ? array : Other(list);

    private static ReadOnlySpan<SourceLine> Other(IReadOnlyList<SourceLine> list) => list is List<SourceLine> items ? CollectionsMarshal.AsSpan(items) : list.ToArray();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<TableRow> Of(IReadOnlyList<TableRow> list) => list is TableRow[] array ? array : Other(list);

    private static ReadOnlySpan<TableRow> Other(IReadOnlyList<TableRow> list) => list is List<TableRow> items ? CollectionsMarshal.AsSpan(items) : list.ToArray();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<int> Of(IReadOnlyList<int> list) => list is int[] array ? array : Other(list);

    private static ReadOnlySpan<int> Other(IReadOnlyList<int> list) => list is List<int> items ? CollectionsMarshal.AsSpan(items) : list.ToArray();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<TableCell> Of(IReadOnlyList<TableCell> list) => list is TableCell[] array ? array : Other(list);

    private static ReadOnlySpan<TableCell> Other(IReadOnlyList<TableCell> list) => list is List<TableCell> items ? CollectionsMarshal.AsSpan(items) : list.ToArray();
}
