namespace FiscalWarehouse.Model.Findings;

public enum Severity
{
    Info,
    Warning,
    Error,
}
