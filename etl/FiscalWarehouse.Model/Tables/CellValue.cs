namespace FiscalWarehouse.Model.Tables;

/// <summary>A cell's printed text and, when it is a number, its exact decimal value (never a double).</summary>
/// <param name="Printed">The text exactly as printed, trimmed and without markup.</param>
/// <param name="Number">The value when <see cref="Kind"/> is <see cref="CellValueKind.Number"/>: thousands separators removed, the % sign not applied (<c>95.53%</c> → 95.53).</param>
public sealed record CellValue(string Printed, CellValueKind Kind, decimal? Number, bool IsPercent = false)
{
    public static readonly CellValue Blank = new("", CellValueKind.Blank, null);

    /// <summary>The value as the CSV contract prints it: as printed without thousands separators; empty when blank.</summary>
    public string ContractText => Kind switch
    {
        CellValueKind.Blank => "",
        CellValueKind.Number => Printed.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal),
        _ => Printed,
    };
}
