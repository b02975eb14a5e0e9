namespace FiscalWarehouse.Model.Reports;

public static class ReportLabels
{
    public static string Label(this ReportKind kind) => kind switch
    {
        ReportKind.Department => "部门",
        ReportKind.Unit => "单位",
        _ => "",
    };

    public static string Label(this ReportPhase phase) => phase switch
    {
        ReportPhase.Budget => "预算",
        ReportPhase.FinalAccount => "决算",
        _ => "",
    };
}
