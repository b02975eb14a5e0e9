namespace FiscalWarehouse.Generator.Composing;

internal static class ReportFactory
{
    public static GeneratedReport New(ReportContext c, string kindWord, string phase) => new()
    {
        FileName = c.FileName,
        Bytes = [],
        Unit = c.History.Unit.Name,
        CountyCode = c.History.Unit.County.Code,
        Year = c.Year,
        Kind = kindWord,
        Phase = phase,
        Style = c.Style,
    };
}
