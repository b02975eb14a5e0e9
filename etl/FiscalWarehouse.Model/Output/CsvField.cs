using System.Globalization;

namespace FiscalWarehouse.Model.Output;

/// <summary>
/// The one writer of CSV fields (fw extract and fw sql, the dashboards' downloads, the generator's truth files): RFC
/// 4180 quoting, and document text that would run as a spreadsheet formula kept as text.
/// </summary>
public static class CsvField
{
    /// <summary>A field as it goes into a line: formula guard, then quoted when it holds a comma, quote or line break.</summary>
    public static string Of(string? text) => Quote(NeutralizeFormula(text ?? ""));

    /// <summary>RFC 4180: quote a field holding a comma, quote, CR or LF; double inner quotes.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>
    /// Document text that starts like a spreadsheet formula (=, +, -, @, tab, CR) would run as one when the CSV is
    /// opened in Excel; a leading apostrophe keeps it text. Printed numbers such as "-3.00" are left as they are.
    /// </summary>
    public static string NeutralizeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + text
            : text;
}
