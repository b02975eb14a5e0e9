using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>A number with its unit as printed in a sentence (<c>5,924.67万元</c>, <c>6.1万元元</c>, <c>∞%</c>).</summary>
/// <param name="Start">Offset of the first character of the number in the sentence.</param>
/// <param name="End">Offset just after the unit.</param>
/// <param name="Value">Exact value without separators; null for ∞.</param>
internal sealed record NumberToken(int Start, int End, decimal? Value, AmountUnit Unit, string Printed)
{
    public bool IsMoney => Unit is AmountUnit.TenThousandYuan or AmountUnit.Yuan;
}
