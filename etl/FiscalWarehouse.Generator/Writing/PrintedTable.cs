namespace FiscalWarehouse.Generator.Writing;

/// <summary>Where a table landed in the document: its first line, its data-row lines and its last line.</summary>
internal sealed class PrintedTable(string catalogId, int firstLine)
{
    public string CatalogId { get; } = catalogId;

    public int FirstLine { get; } = firstLine;

    public List<int> RowLines { get; } = [];

    public int LastLine { get; set; }
}
