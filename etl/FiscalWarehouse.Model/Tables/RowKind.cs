namespace FiscalWarehouse.Model.Tables;

public enum RowKind
{
    /// <summary>An ordinary row: a code, a 类 name, a project, an income type.</summary>
    Detail,

    /// <summary>合计, 本年收入合计, 总计, 小计: a row whose values should equal a sum of others.</summary>
    Total,

    /// <summary>A footer such as 人员经费合计 / 公用经费合计 in the 基本支出 明细 table.</summary>
    Footer,
}
