using FiscalWarehouse.Generator.Regions;
using FiscalWarehouse.Generator.Subjects;

namespace FiscalWarehouse.Generator.Accounts;

/// <summary>A generated unit: its full name (county prefix + department), region and profile.</summary>
internal sealed record UnitIdentity(string Name, County County, DepartmentProfile Profile, int Staff)
{
    /// <summary>Administrative bureaus publish 部门 reports; 事业单位 publish 单位 reports.</summary>
    public bool IsDepartment => Profile.Administrative;

    public string ParentDepartment => Profile.Administrative ? Name : County.Name + "工业和信息化局";
}
