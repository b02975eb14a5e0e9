using System.Globalization;
using System.Text;

namespace FiscalWarehouse.Etl.Reading.Xlsx;

/// <summary>
/// What an Excel number format does to a number's display: decimals, thousands grouping, percent, date, text.
/// Only the first section (positive numbers) matters for the layout; negative sections differ only by sign/colour.
/// </summary>
internal sealed record XlsxNumberFormat(int Decimals, bool Grouping, bool Percent, bool IsDate, bool IsGeneral)
{
    public static readonly XlsxNumberFormat General = new(0, false, false, false, true);

    // Built-in formats (ECMA-376 part 1, 18.8.30) that budget tables use; other ids fall back to General.
    private static readonly Dictionary<int, string> BuiltIn = new()
    {
        [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%", [11] = "0.00E+00",
        [14] = "yyyy-mm-dd", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [22] = "yyyy-mm-dd h:mm",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [49] = "@",
    };

    public static XlsxNumberFormat FromId(int id, IReadOnlyDictionary<int, string> custom) =>
        custom.TryGetValue(id, out var code) ? Parse(code)
        : BuiltIn.TryGetValue(id, out var builtIn) ? Parse(builtIn)
        : General;

    public static XlsxNumberFormat Parse(string code)
    {
        var section = code.Split(';')[0];
        var plain = new StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var end = section.IndexOf('"', i + 1);
                i = end < 0 ? section.Length : end;
            }
            else if (c == '[')
            {
                var end = section.IndexOf(']', i + 1);
                i = end < 0 ? section.Length : end;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else
            {
                plain.Append(c);
            }
        }

        var p = plain.ToString();
        if (p.Length == 0 || p.Equals("General", StringComparison.OrdinalIgnoreCase) || p == "@")
        {
            return General;
        }

        if (p.IndexOfAny(['y', 'd', 'h', 's']) >= 0 || (p.Contains('m', StringComparison.Ordinal) && !p.Contains('0', StringComparison.Ordinal)))
        {
            return new XlsxNumberFormat(0, false, false, true, false);
        }

        var dot = p.IndexOf('.', StringComparison.Ordinal);
        var decimals = 0;
        if (dot >= 0)
        {
            for (var i = dot + 1; i < p.Length && p[i] is '0' or '#' or '?'; i++)
            {
                decimals++;
            }
        }

        var integerPart = dot >= 0 ? p[..dot] : p;
        var grouping = integerPart.Contains(',', StringComparison.Ordinal);
        return new XlsxNumberFormat(decimals, grouping, p.Contains('%', StringComparison.Ordinal), false, false);
    }

    /// <summary>
    /// The text Excel shows for a stored number literal. The literal is parsed as a decimal (never a double) and
    /// rounded to the format's decimals, so a stored <c>86959408.34</c> displays exactly as <c>86,959,408.34</c>.
    /// </summary>
    public string Display(string literal)
    {
        if (!decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            // Beyond decimal's range: only absurd magnitudes get here; show the stored literal.
            return literal;
        }

        if (IsDate)
        {
            return DateTime.FromOADate((double)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (IsGeneral)
        {
            // Excel shows at most 15 significant digits; stored binary noise (0.30000000000000004) is not printed.
            return RoundSignificant(value, 15).ToString(CultureInfo.InvariantCulture);
        }

        if (Percent)
        {
            value *= 100;
        }

        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        var pattern = (Grouping ? "#,##0" : "0") + (Decimals > 0 ? "." + new string('0', Decimals) : "");
        return rounded.ToString(pattern, CultureInfo.InvariantCulture) + (Percent ? "%" : "");
    }

    private static decimal RoundSignificant(decimal value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value))) + 1;
        var places = digits - magnitude;
        return places is >= 0 and <= 28 ? Math.Round(value, places, MidpointRounding.AwayFromZero) / 1.0000000000000000000000000000m : value;
    }
}
