using System.Globalization;
using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Identity;

/// <summary>
/// The last resort for a report's identity: its file name (`2026年XX市财政局部门预算.pdf`,
/// `suzhou-audit-2026-department-budget.pdf`). Portals often name the file after the unit when the document prints
/// its name only as a logo or not at all.
/// </summary>
internal static partial class FileNameIdentity
{
    public static (string? Unit, int? Year, ReportKind Kind, ReportPhase Phase) Read(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var lower = stem.ToLowerInvariant();
        int? year = null;
        var y = Year().Match(stem);
        if (y.Success)
        {
            year = int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var phase = lower.Contains('决', StringComparison.Ordinal) || FinalWord().IsMatch(lower) ? ReportPhase.FinalAccount
            : lower.Contains("预算", StringComparison.Ordinal) || BudgetWord().IsMatch(lower) ? ReportPhase.Budget
            : ReportPhase.Unknown;
        var kind = KindWords().Match(stem) is { Success: true } k ? (k.Groups[1].Value == "部门" ? ReportKind.Department : ReportKind.Unit)
            : DepartmentWord().IsMatch(lower) ? ReportKind.Department
            : UnitWord().IsMatch(lower) ? ReportKind.Unit
            : ReportKind.Unknown;
        return (UnitOf(stem), year, kind, phase);
    }

    private static string? UnitOf(string stem)
    {
        var text = Noise().Replace(stem, " ");
        return Ideographs().Matches(text).Select(m => m.Value).Where(OrganizationName.Looks).OrderByDescending(s => s.Length).FirstOrDefault();
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(部门|单位)(?:预算|决算)")]
    private static partial Regex KindWords();

    [GeneratedRegex(@"(?<![a-z])(?:final|final-?accounts?|juesuan)(?![a-z])")]
    private static partial Regex FinalWord();

    [GeneratedRegex(@"(?<![a-z])(?:budget|yusuan)(?![a-z])")]
    private static partial Regex BudgetWord();

    [GeneratedRegex(@"(?<![a-z])(?:department|dept|bumen)(?![a-z])")]
    private static partial Regex DepartmentWord();

    [GeneratedRegex(@"(?<![a-z])(?:unit|danwei)(?![a-z])")]
    private static partial Regex UnitWord();

    // Year, phase and publication words around the name: what is left is the unit.
    [GeneratedRegex(@"\d{4}\s*年度?|(?:部门|单位)?(?:预算|决算)(?:公开|信息公开)?(?:说明|报告|情况|表)*|信息公开|公开|附件\d*|[-_.\s【】\[\]]+|\d+")]
    private static partial Regex Noise();

    [GeneratedRegex(@"[\u4E00-\u9FFF（）()]{3,}")]
    private static partial Regex Ideographs();
}
