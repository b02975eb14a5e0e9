namespace FiscalWarehouse.Model.Tables;

/// <summary>Level of a classification code: 功能分类 and 收入分类 use 3/5/7 digits, 经济分类 3/5.</summary>
public enum SubjectLevel
{
    None,

    /// <summary>类 (3 digits)</summary>
    Class,

    /// <summary>款 (5 digits)</summary>
    Section,

    /// <summary>项 (7 digits)</summary>
    Item,
}
