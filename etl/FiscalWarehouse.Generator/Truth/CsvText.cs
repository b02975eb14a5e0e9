using System.Globalization;

namespace FiscalWarehouse.Generator.Truth;

/// <summary>RFC 4180 fields: quoted when they hold a comma, quote or line break.</summary>
internal static class CsvText
{
    public static string Field(string? value)
    {
        value ??= "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>元 amounts always with two decimals, so equal values print equally whatever their decimal scale.</summary>
    public static string Yuan(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Line(params object?[] fields) => string.Join(',', fields.Select(f => Field(f switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => f.ToString(),
    })));
}
