namespace FiscalWarehouse.Generator.Writing;

/// <summary>Printed narrative numbers that differ from the tables on purpose (planted defects); null = print the true value.</summary>
internal sealed class NarrativeOverrides
{
    /// <summary>The 完成年初预算 % of the 一般公共预算财政拨款支出 headline.</summary>
    public decimal? ExecutionRate { get; set; }

    /// <summary>The 支出决算 amount in the 三公 sentence (follows a planted 三公 合计 so only the parts disagree).</summary>
    public decimal? ThreePublicActual { get; set; }
}
