namespace FiscalWarehouse.Dashboards.Querying;

/// <summary>One API answer: named columns and rows of plain values (decimal stays decimal).</summary>
internal sealed record ApiTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, bool Truncated);
