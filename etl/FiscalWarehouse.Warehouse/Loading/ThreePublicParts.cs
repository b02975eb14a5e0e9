using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// The 三公 part a row names. The 预算 三公 table lists parts as rows and funds as columns, the 决算 table the other way
/// round (fiscal-reports.md §1.2), so the part comes from the column meaning or, failing that, the row label.
/// </summary>
public static class ThreePublicParts
{
    public static string? FromLabel(string label)
    {
        var key = UnitNames.Normalize(label);
        if (key.Contains("购置", StringComparison.Ordinal) && key.Contains("运行", StringComparison.Ordinal))
        {
            return Meanings.ThreePublicPart.VehicleTotal;
        }

        if (key.Contains("购置", StringComparison.Ordinal))
        {
            return Meanings.ThreePublicPart.VehiclePurchase;
        }

        if (key.Contains("运行", StringComparison.Ordinal))
        {
            return Meanings.ThreePublicPart.VehicleOperation;
        }

        if (key.Contains("出国", StringComparison.Ordinal))
        {
            return Meanings.ThreePublicPart.OverseasTravel;
        }

        if (key.Contains("接待", StringComparison.Ordinal))
        {
            return Meanings.ThreePublicPart.Reception;
        }

        return key.Contains("合计", StringComparison.Ordinal) || key.Contains("三公", StringComparison.Ordinal) ? Meanings.ThreePublicPart.Total : null;
    }
}
