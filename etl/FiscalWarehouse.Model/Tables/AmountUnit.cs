namespace FiscalWarehouse.Model.Tables;

/// <summary>The unit a table (or a narrative figure) states for its amounts.</summary>
public enum AmountUnit
{
    Unknown,

    /// <summary>元</summary>
    Yuan,

    /// <summary>万元: ×10,000 to 元, exact in decimal.</summary>
    TenThousandYuan,

    /// <summary>A percentage (执行率, 得分率).</summary>
    Percent,

    /// <summary>A count (辆, 个, 人).</summary>
    Count,

    /// <summary>Scores (分值, 得分).</summary>
    Score,
}
