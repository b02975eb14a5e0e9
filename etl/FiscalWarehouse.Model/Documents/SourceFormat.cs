namespace FiscalWarehouse.Model.Documents;

public enum SourceFormat
{
    Unknown,
    TabSeparatedText,
    Markdown,
    Html,
    Pdf,
    Xlsx,
}
