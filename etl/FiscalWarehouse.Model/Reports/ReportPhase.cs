namespace FiscalWarehouse.Model.Reports;

public enum ReportPhase
{
    Unknown,

    /// <summary>预算</summary>
    Budget,

    /// <summary>决算</summary>
    FinalAccount,
}
