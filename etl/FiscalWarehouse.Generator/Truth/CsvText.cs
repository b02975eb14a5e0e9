using System.Globalization;
using FiscalWarehouse.Model.Output;

namespace FiscalWarehouse.Generator.Truth;

/// <summary>The truth files' lines, their fields written by the one CSV writer (<see cref="CsvField"/>).</summary>
internal static class CsvText
{
    public static string Field(string? value) => CsvField.Of(value);

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
