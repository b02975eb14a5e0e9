namespace FiscalWarehouse.Generator.Truth;

/// <summary>One cell a report must yield, in the `fw extract` CSV form.</summary>
public sealed record TruthFact(
    string Report,
    string TableId,
    string TableTitle,
    string RowCode,
    string RowLabel,
    string Column,
    string Value,
    string Unit,
    int SourceLine)
{
    public const string CsvHeader = "report,table_id,table_title,row_code,row_label,column,value,unit,source_line";
}
