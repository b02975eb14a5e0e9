using System.Globalization;
using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Performance;

/// <summary>
/// Printed text → <see cref="CellValue"/> for form cells: blank, dash (——, —, -), number (thousands separators removed,
/// % kept apart) and text stay distinct (fiscal-reports.md §5). In an 执行率 column a bare <c>95.53</c> is a percentage
/// (seed 001, line 763).
/// </summary>
internal static partial class FormCells
{
    public static CellValue Parse(string? printed, bool percentColumn = false)
    {
        var text = (printed ?? "").Trim();
        if (text.Length == 0)
        {
            return CellValue.Blank;
        }

        if (IsDash(text))
        {
            return new CellValue(text, CellValueKind.Dash, null);
        }

        var match = Number().Match(text);
        if (!match.Success)
        {
            return new CellValue(text, CellValueKind.Text, null);
        }

        var digits = match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new CellValue(text, CellValueKind.Text, null);
        }

        return new CellValue(text, CellValueKind.Number, value, match.Groups["pct"].Success || percentColumn);
    }

    public static bool IsDash(string text) => text.Trim() is "—" or "——" or "-" or "--" or "－" or "―" or "─" or "— —" or "-—";

    public static bool IsNumber(string? text) => Parse(text).Kind == CellValueKind.Number;

    /// <summary>Header and label text compare without spaces (wrapped cells: <c>市县(区)财政资 金</c>, seed 000, line 578).</summary>
    public static string Key(string? text) =>
        Spaces().Replace(text ?? "", "").Replace('（', '(').Replace('）', ')').Replace('：', ':');

    [GeneratedRegex(@"^(?<n>[+-]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s*(?<pct>[%％])?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
