namespace FiscalWarehouse.Model.Tables;

public static class AmountUnits
{
    /// <summary>The unit as the CSV contract and the warehouse print it.</summary>
    public static string Label(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => "元",
        AmountUnit.TenThousandYuan => "万元",
        AmountUnit.Percent => "%",
        AmountUnit.Count => "个",
        AmountUnit.Score => "分",
        _ => "",
    };

    /// <summary>Converts a printed amount to 元 exactly; null for units that are not money.</summary>
    public static decimal? ToYuan(this AmountUnit unit, decimal printed) => unit switch
    {
        AmountUnit.Yuan => printed,
        AmountUnit.TenThousandYuan => printed * 10_000m,
        _ => null,
    };
}
