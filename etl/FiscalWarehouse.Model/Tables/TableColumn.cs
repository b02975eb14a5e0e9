namespace FiscalWarehouse.Model.Tables;

/// <summary>A value column: its full printed header path (merged and multi-line headers expanded) and its meaning.</summary>
public sealed record TableColumn(IReadOnlyList<string> HeaderPath, ColumnMeaning Meaning)
{
    /// <summary>The header path as the CSV contract prints it: parts joined with " / ".</summary>
    public string Path => string.Join(" / ", HeaderPath);
}
