namespace FiscalWarehouse.Generator.Accounts;

/// <summary>“三公”经费 parts (万元). The totals are derived, so 合计 = 出国 + 车(购置 + 运行) + 接待 always holds here.</summary>
internal sealed record ThreePublic(decimal Overseas, decimal Reception, decimal VehiclePurchase, decimal VehicleOperation)
{
    public static readonly ThreePublic Zero = new(0m, 0m, 0m, 0m);

    public decimal Vehicle => VehiclePurchase + VehicleOperation;

    public decimal Total => Overseas + Reception + Vehicle;
}
