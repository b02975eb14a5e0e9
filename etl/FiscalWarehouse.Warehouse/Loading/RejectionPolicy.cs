using FiscalWarehouse.Etl;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Which parsed reports are refused. Findings never reject, errors included: the document is published as it is and
/// its inconsistencies are what analysts need to see (they are kept in data_quality_finding). A report is refused
/// only when there is nothing to load or no way to tell which report it is: no unit name, or no recognized table
/// and no narrative figure. Unreadable files (DocumentReadException) are refused before this.
/// </summary>
public static class RejectionPolicy
{
    /// <returns>The reason and line to print, or null to load.</returns>
    public static (string Reason, int Line)? Check(ParsedReport parsed)
    {
        var report = parsed.Report;
        if (string.IsNullOrWhiteSpace(UnitNames.Normalize(report.UnitName)))
        {
            return ("no unit name found on the cover, in a table heading (部门/单位名称), the narrative or the file name (state it with --unit)", report.UnitSource?.Line ?? 1);
        }

        if (report.Tables.Count == 0 && report.Narrative.Count == 0)
        {
            return ("no recognized table and no narrative figure: not a 预算/决算 disclosure this program can read", 1);
        }

        return null;
    }
}
