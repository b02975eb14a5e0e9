using System.Globalization;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Identity;

/// <summary>
/// A report is stored under (unit, year, kind, phase): one without a year, a phase or a kind would be a report of
/// nowhere in time (the dashboards' unit list broke on one). Such a document is refused with what is missing, and how
/// to state it.
/// </summary>
internal static class IdentityCheck
{
    /// <returns>The reason to refuse the report, or null when its identity is complete.</returns>
    public static string? Problem(int? year, PrintedYear? printed, ReportKind kind, ReportPhase phase, TimeProvider? time = null)
    {
        var missing = new List<string>();
        if (year is not { } y)
        {
            missing.Add("no year (NNNN年) on the cover, in the titles, the narrative or the file name (state it with --year)");
        }
        else if (!YearRange.Contains(y, time))
        {
            var what = printed is { } p ? $"the year printed '{p.Printed}' (line {p.Line.ToString(CultureInfo.InvariantCulture)})" : $"the year {y.ToString(CultureInfo.InvariantCulture)}";
            missing.Add($"{what} is outside {YearRange.Describe(time)} (state the right one with --year)");
        }

        if (phase == ReportPhase.Unknown)
        {
            missing.Add("no phase: neither 预算 nor 决算 is named by the cover, the titles, the tables or the file name (state it with --phase)");
        }

        if (kind == ReportKind.Unknown)
        {
            missing.Add("no kind: neither 部门 nor 单位 is named by the cover, the titles, the narrative or the file name (state it with --kind)");
        }

        return missing.Count == 0 ? null : "report identity incomplete: " + string.Join("; ", missing);
    }

    public static DocumentReadException Refuse(SourceDocument document, string problem, int? line) =>
        new(document.FileName, line ?? 1, problem);
}
