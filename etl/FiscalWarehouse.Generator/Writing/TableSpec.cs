namespace FiscalWarehouse.Generator.Writing;

/// <summary>
/// A table to print: titles, header rows as printed (merged cells are empty to the right of their text), the role of each
/// column, the data rows and the notes after it. <see cref="KnownEmpty"/> tables print a skeleton and 本表无数据, and yield no facts.
/// </summary>
internal sealed class TableSpec
{
    public required string CatalogId { get; init; }

    public required string Title { get; init; }

    /// <summary>The numbering label printed near the title (公开01表, 预算公开表1, 表一), or null.</summary>
    public string? Number { get; set; }

    public required IReadOnlyList<string[]> Header { get; init; }

    /// <summary>Header rows printed under the header that are not part of any path (栏次 1 2 3 …).</summary>
    public IReadOnlyList<string[]> ColumnNumbers { get; init; } = [];

    public required IReadOnlyList<ColumnRole> Roles { get; init; }

    public List<Cell[]> Rows { get; } = [];

    public string? Note { get; init; }

    public bool KnownEmpty { get; init; }

    /// <summary>Rows printed in a known-empty table's skeleton (e.g. a 合计 row with blanks).</summary>
    public IReadOnlyList<Cell[]> Skeleton { get; init; } = [];

    /// <summary>Whether this table's codes may be split over 类/款/项 columns (tables with a 科目代码 column only).</summary>
    public bool SplittableCodes { get; init; }

    /// <summary>Values are amounts: the report's unit (万元 or 元) applies. False for counts.</summary>
    public bool Monetary { get; init; } = true;

    /// <summary>Footer rows (by row index) whose facts are named explicitly: label and printed column, because their labels
    /// and values sit in different column groups (人员经费合计 / 公用经费合计, seed 000 line 293).</summary>
    public Dictionary<int, (string Label, int Column)[]> Footers { get; } = [];

    public void Add(params Cell[] row) => Rows.Add(row);
}
