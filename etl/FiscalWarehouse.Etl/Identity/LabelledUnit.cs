using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Identity;

/// <summary>
/// A line that names the unit with a label: `部门名称：`, `单位名称：`, `预算单位：`, `编制单位：`, `填报单位：`, with the
/// name in the same cell or the next one, and a trailing `单位：万元` cut off.
/// </summary>
internal static partial class LabelledUnit
{
    public static (string Name, string Label)? Of(SourceLine line)
    {
        var cells = line.Cells;
        for (var i = 0; i < cells.Count && i < 3; i++)
        {
            // Spaces and the colon's width normalized, brackets and quotes kept as printed: the name is shown as printed.
            var key = Light(cells[i]);
            var m = Label().Match(key);
            if (!m.Success)
            {
                continue;
            }

            var name = m.Groups[2].Value;
            if (name.Length == 0)
            {
                name = cells.Skip(i + 1).Select(Light).FirstOrDefault(c => c.Length > 0) ?? "";
            }

            name = AmountUnitTail().Replace(name, "");
            name = CodePrefix().Replace(name, "");
            name = UnitMarkup.Strip(name).Trim(':', ' ');
            if (name.Length >= 2 && !name.Contains("万元", StringComparison.Ordinal) && name != "元")
            {
                return (name, m.Groups[1].Value);
            }
        }

        return null;
    }

    private static string Light(string cell) => Whitespace().Replace(cell, "").Replace('：', ':');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(部门名称|单位名称|预算单位|预算部门|编制单位|编制部门|填报单位|部门|单位)(?:[(（]盖章[)）])?:(.*)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:金额)?单位:?[(（]?(?:万元|元)[)）]?.*$")]
    private static partial Regex AmountUnitTail();

    // 部门编码 printed before the name: "341001-XX市财政局", "[101]XX局".
    [GeneratedRegex(@"^(?:\d{3,}\s*[-－—_]\s*|\[\d+\]|\d{3,}(?=[\u4E00-\u9FFF]))")]
    private static partial Regex CodePrefix();
}
