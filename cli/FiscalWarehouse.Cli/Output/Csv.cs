namespace FiscalWarehouse.Cli.Output;

internal static class Csv
{
    /// <summary>RFC 4180: quote a field holding a comma, quote, CR or LF; double inner quotes.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
