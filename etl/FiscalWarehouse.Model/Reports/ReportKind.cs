namespace FiscalWarehouse.Model.Reports;

public enum ReportKind
{
    Unknown,

    /// <summary>部门 (a department, usually consolidating several units)</summary>
    Department,

    /// <summary>单位 (one unit)</summary>
    Unit,
}
