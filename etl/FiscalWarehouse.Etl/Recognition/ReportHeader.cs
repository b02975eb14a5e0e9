using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Unit name, region, year, kind (部门/单位) and phase (预算/决算) from the cover (fiscal-reports.md §5: take phase and
/// unit type from the cover; the tables section may say 部门 in a 单位 report). Falls back to table titles and entity lines.
/// </summary>
internal sealed partial record ReportHeader(string UnitName, string? RegionName, int? Year, ReportKind Kind, ReportPhase Phase, SourceRef? UnitSource)
{
    private const int CoverLines = 16;

    public static ReportHeader Read(SourceDocument document)
    {
        var cover = new List<SourceLine>();
        foreach (var line in document.Lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var key = TextKey.Of(line.Cells[0]);
            if (key is "目录" or "目次" || line.Cells.Count > 1 || cover.Count >= CoverLines)
            {
                break;
            }

            cover.Add(line);
        }

        string? unit = null;
        SourceRef? unitSource = null;
        int? year = null;
        var kind = ReportKind.Unknown;
        var phase = ReportPhase.Unknown;
        for (var i = 0; i < cover.Count; i++)
        {
            var text = TextKey.Of(cover[i].Cells[0]);
            year ??= ZoneLine.YearOf(text);
            var m = KindPhase().Match(text);
            if (!m.Success || kind != ReportKind.Unknown)
            {
                continue;
            }

            kind = m.Groups[1].Value == "部门" ? ReportKind.Department : ReportKind.Unit;
            phase = m.Groups[2].Value == "决算" ? ReportPhase.FinalAccount : ReportPhase.Budget;
            var prefix = YearWords().Replace(text[..m.Index], "");
            if (prefix.Length >= 2)
            {
                unit = prefix;
                unitSource = cover[i].RefIn(document.FileName);
            }
            else
            {
                var candidate = cover.Take(i).Reverse().FirstOrDefault(l => ZoneLine.Classify(l.Cells[0]) == ZoneLineKind.Title);
                if (candidate is not null)
                {
                    unit = TextKey.Unwrap(candidate.Cells[0]);
                    unitSource = candidate.RefIn(document.FileName);
                }
            }
        }

        if (unit is null)
        {
            var entity = document.Lines.FirstOrDefault(l => l.Cells.Count == 1 && ZoneLine.EntityOf(l.Cells[0]) is not null);
            if (entity is not null)
            {
                unit = ZoneLine.EntityOf(entity.Cells[0]);
                unitSource = entity.RefIn(document.FileName);
            }
        }

        year ??= document.Lines.Take(400).Select(l => l.Cells.Count == 1 && ZoneLine.Classify(l.Cells[0]) == ZoneLineKind.Year ? ZoneLine.YearOf(l.Cells[0]) : null).FirstOrDefault(y => y is not null);
        unit ??= "";
        return new ReportHeader(unit, RegionOf(unit), year, kind, phase, unitSource);
    }

    private static string? RegionOf(string unit)
    {
        var name = unit.StartsWith("中共", StringComparison.Ordinal) ? unit[2..] : unit;
        // 县/市/省 first: 州 and 区 also occur inside place names (泽州县, 城区).
        var m = Region().Match(name);
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        m = RegionLoose().Match(name);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"(部门|单位)(预算|决算)")]
    private static partial Regex KindPhase();

    [GeneratedRegex(@"\d{4}年度?")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"^([\u4E00-\u9FFF]{1,8}?(?:省|自治区|市|县|旗|盟))")]
    private static partial Regex Region();

    [GeneratedRegex(@"^([\u4E00-\u9FFF]{1,8}?(?:区|州))")]
    private static partial Regex RegionLoose();
}
