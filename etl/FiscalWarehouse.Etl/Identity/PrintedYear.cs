using System.Globalization;
using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Identity;

/// <summary>A year as printed (`2026年`, `2026 年度`, `（2025年度）`), kept with its text so a misprint can be named.</summary>
public sealed partial record PrintedYear(int Value, string Printed, int Line)
{
    /// <summary>The first `NNNN年` of a text key. Any run of four or more digits counts, so `99999年度` is seen as
    /// 99999 and refused, instead of being read as 9999.</summary>
    public static PrintedYear? Find(string key, int line)
    {
        var m = YearWord().Match(key);
        if (!m.Success)
        {
            return null;
        }

        var digits = m.Groups[1].Value.TrimStart('0');
        var value = digits.Length == 0 ? 0 : digits.Length > 6 ? int.MaxValue : int.Parse(digits, CultureInfo.InvariantCulture);
        return new PrintedYear(value, m.Value, line);
    }

    [GeneratedRegex(@"(?<![\d.])(\d{4,})年度?")]
    private static partial Regex YearWord();
}
