using System.Text.RegularExpressions;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Unit name, region, year, kind (部门/单位) and phase (预算/决算), from the strongest evidence the document gives: the
/// cover (fiscal-reports.md §5: the tables section may say 部门 in a 单位 report), then the titles, the labelled
/// `部门名称：`/`预算单位：`/`单位名称：` lines, the narrative, and last the file name. What the user states wins.
/// </summary>
internal sealed partial record ReportHeader(string UnitName, string? RegionName, int? Year, ReportKind Kind, ReportPhase Phase, SourceRef? UnitSource)
{
    private const int CoverLines = 16;
    private const int TitleScanLines = 400;

    /// <summary>`本部门`/`本单位` said once is an idiom of the template (`本部门（单位）职责`), not the report's kind.</summary>
    private const int MinSelfWords = 2;

    /// <summary>The year as printed, when the document printed one (kept to name a misprinted year).</summary>
    public PrintedYear? PrintedYear { get; init; }

    public static ReportHeader Read(SourceDocument document, StatedIdentity? stated = null)
    {
        var cover = Cover(document);
        var fromName = FileNameIdentity.Read(document.FileName);
        var units = new UnitCandidates();
        PrintedYear? year = null;
        var kind = ReportKind.Unknown;
        var phase = ReportPhase.Unknown;
        for (var i = 0; i < cover.Count; i++)
        {
            var text = TextKey.Of(cover[i].Cells[0]);
            year ??= Identity.PrintedYear.Find(text, cover[i].Number);
            if (LabelledUnit.Of(cover[i]) is { } labelled)
            {
                units.Offer(labelled.Name, cover[i], document.FileName, UnitCandidates.CoverLabel);
            }

            var m = KindPhase().Match(text);
            if (!m.Success || kind != ReportKind.Unknown)
            {
                continue;
            }

            kind = KindOf(m.Groups[1].Value);
            phase = PhaseOf(m.Groups[2].Value);
            var prefix = CoverNoise().Replace(text[..m.Index], "");
            if (prefix.Length >= 2)
            {
                units.Offer(prefix, cover[i], document.FileName, UnitCandidates.CoverTitle);
            }
            else
            {
                var candidate = cover.Take(i).Reverse().FirstOrDefault(l => ZoneLine.Classify(l.Cells[0]) == ZoneLineKind.Title);
                if (candidate is not null)
                {
                    units.Offer(TextKey.Unwrap(candidate.Cells[0]), candidate, document.FileName, UnitCandidates.CoverTitle);
                }
            }
        }

        if (!units.HasStrong)
        {
            var entity = document.Lines.Take(TitleScanLines * 4).FirstOrDefault(l => !l.IsBlank && LabelledUnit.Of(l) is not null);
            if (entity is not null)
            {
                units.Offer(LabelledUnit.Of(entity)!.Value.Name, entity, document.FileName, UnitCandidates.Labelled);
            }
        }

        if (!units.HasStrong && NarrativeUnit(document) is { } told)
        {
            units.Offer(told.Name, told.Line, document.FileName, UnitCandidates.Narrative);
        }

        year ??= TitleYear(document);
        if (kind == ReportKind.Unknown || phase == ReportPhase.Unknown)
        {
            var (votedKind, votedPhase) = TitleVotes(document);
            kind = kind != ReportKind.Unknown ? kind : votedKind;
            phase = phase != ReportPhase.Unknown ? phase : votedPhase;
        }

        kind = kind != ReportKind.Unknown ? kind : fromName.Kind;
        phase = phase != ReportPhase.Unknown ? phase : fromName.Phase;
        if (fromName.Unit is { } nameUnit)
        {
            units.Offer(nameUnit, null, document.FileName, UnitCandidates.FileName);
        }

        int? yearValue = year?.Value ?? fromName.Year;
        var (unit, unitSource) = units.Best();
        stated ??= StatedIdentity.None;
        if (stated.Unit is { } statedUnit)
        {
            (unit, unitSource) = (statedUnit, null);
        }

        if (stated.Year is { } statedYear)
        {
            (yearValue, year) = (statedYear, null);
        }

        unit = UnitMarkup.Strip(unit);
        return new ReportHeader(unit, RegionOf(unit), yearValue, stated.Kind ?? kind, stated.Phase ?? phase, unitSource) { PrintedYear = year };
    }

    /// <summary>The single-cell lines before the table of contents (目录) or the first table row.</summary>
    private static List<SourceLine> Cover(SourceDocument document)
    {
        var cover = new List<SourceLine>();
        foreach (var line in document.Lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var key = TextKey.Of(line.Cells[0]);
            if (key is "目录" or "目次" || (line.Cells.Count > 1 && LabelledUnit.Of(line) is null) || cover.Count >= CoverLines)
            {
                break;
            }

            cover.Add(line);
        }

        return cover;
    }

    /// <summary>A title or heading that names the year together with the phase (`第二部分 2026年部门预算表`).</summary>
    private static PrintedYear? TitleYear(SourceDocument document)
    {
        PrintedYear? bare = null;
        foreach (var line in document.Lines.Take(TitleScanLines))
        {
            if (line.IsBlank)
            {
                continue;
            }

            var key = TextKey.Of(line.Cells[0]);
            if (key.Length > 80 || Identity.PrintedYear.Find(key, line.Number) is not { } found)
            {
                continue;
            }

            if (YearWithPhase().IsMatch(key))
            {
                return found;
            }

            if (bare is null && line.Cells.Count == 1 && ZoneLine.Classify(line.Cells[0]) == ZoneLineKind.Year)
            {
                bare = found;
            }
        }

        return bare ?? NarrativeYear(document);
    }

    /// <summary>A sentence of the narrative that opens with the unit and the year (`苏州市审计局2026年度收入、支出预算总计…`).</summary>
    private static (string Name, SourceLine Line)? NarrativeUnit(SourceDocument document)
    {
        foreach (var line in document.Lines)
        {
            if (line.Cells.Count != 1 || line.Cells[0].Length < 8)
            {
                continue;
            }

            var m = UnitThenYear().Match(TextKey.Of(line.Cells[0]));
            if (m.Success && OrganizationName.Looks(m.Groups[1].Value))
            {
                return (m.Groups[1].Value, line);
            }
        }

        return null;
    }

    /// <summary>A sentence of the narrative that dates the report (`2026年部门预算收入…`).</summary>
    private static PrintedYear? NarrativeYear(SourceDocument document)
    {
        foreach (var line in document.Lines)
        {
            if (line.Cells.Count != 1)
            {
                continue;
            }

            var key = TextKey.Of(line.Cells[0]);
            var m = YearWithPhase().Match(key);
            if (m.Success)
            {
                return Identity.PrintedYear.Find(key[m.Index..], line.Number);
            }
        }

        return null;
    }

    /// <summary>
    /// Kind and phase by the majority of `部门预算`/`单位决算` words in titles and prose; the phase alone by `预算表`/`决算表`
    /// titles; the kind alone by `本部门`/`本单位` in the narrative.
    /// </summary>
    private static (ReportKind Kind, ReportPhase Phase) TitleVotes(SourceDocument document)
    {
        int department = 0, unit = 0, budget = 0, final = 0, departmentSelf = 0, unitSelf = 0, budgetTable = 0, finalTable = 0;
        foreach (var line in document.Lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var key = TextKey.Of(line.Cells[0]);
            foreach (Match m in KindPhase().Matches(key))
            {
                _ = m.Groups[1].Value == "部门" ? department++ : unit++;
                _ = m.Groups[2].Value == "预算" ? budget++ : final++;
            }

            foreach (Match m in PhaseTable().Matches(key))
            {
                _ = m.Groups[1].Value == "预算" ? budgetTable++ : finalTable++;
            }

            foreach (Match m in SelfWords().Matches(key))
            {
                _ = m.Groups[1].Value == "部门" ? departmentSelf++ : unitSelf++;
            }
        }

        var kind = Vote(department, unit, ReportKind.Department, ReportKind.Unit)
            ?? (Math.Max(departmentSelf, unitSelf) >= MinSelfWords ? Vote(departmentSelf, unitSelf, ReportKind.Department, ReportKind.Unit) : null)
            ?? ReportKind.Unknown;
        var phase = Vote(budget, final, ReportPhase.Budget, ReportPhase.FinalAccount)
            ?? Vote(budgetTable, finalTable, ReportPhase.Budget, ReportPhase.FinalAccount) ?? ReportPhase.Unknown;
        return (kind, phase);
    }

    private static T? Vote<T>(int first, int second, T firstValue, T secondValue) where T : struct =>
        first > second ? firstValue : second > first ? secondValue : null;

    private static ReportKind KindOf(string word) => word == "部门" ? ReportKind.Department : ReportKind.Unit;

    private static ReportPhase PhaseOf(string word) => word == "决算" ? ReportPhase.FinalAccount : ReportPhase.Budget;

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

    [GeneratedRegex(@"^([\u4E00-\u9FFF()（）]{3,30}?)\d{4}年度?[^，。]{0,20}?(?:收入|支出|预算|决算)")]
    private static partial Regex UnitThenYear();

    [GeneratedRegex(@"(预算|决算)(?:总表|表)")]
    private static partial Regex PhaseTable();

    [GeneratedRegex(@"本(部门|单位)")]
    private static partial Regex SelfWords();

    [GeneratedRegex(@"\d{4,}年度?(?:部门|单位)?[^，。,;；]{0,16}?(?:预算|决算)")]
    private static partial Regex YearWithPhase();

    // What surrounds the unit name on a cover title: the year and 公开/信息公开 words ("2026年度XX局部门预算公开").
    [GeneratedRegex(@"\d{4,}年度?|^\d+|信息公开|公开$")]
    private static partial Regex CoverNoise();

    [GeneratedRegex(@"^([\u4E00-\u9FFF]{1,8}?(?:省|自治区|市|县|旗|盟))")]
    private static partial Regex Region();

    [GeneratedRegex(@"^([\u4E00-\u9FFF]{1,8}?(?:区|州))")]
    private static partial Regex RegionLoose();
}
