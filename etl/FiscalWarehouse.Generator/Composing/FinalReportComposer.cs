using FiscalWarehouse.Generator.Accounts;
using FiscalWarehouse.Generator.Defects;
using FiscalWarehouse.Generator.Truth;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator.Composing;

/// <summary>Prints a 决算 (公开01–10 + 情况说明) and its truth.</summary>
internal static class FinalReportComposer
{
    public static GeneratedReport Compose(ReportContext c)
    {
        var unit = c.History.Unit;
        var a = c.History.Finals[c.Year];
        var budget = c.History.Budgets[c.Year];
        var prior = c.History.Finals[c.Year - 1];
        var alt = c.Style.AlternativeTitles;
        var kindWord = unit.IsDepartment ? "部门" : "单位";
        TableSpec[] specs =
        [
            FinalTables.Summary(a, alt), FinalTables.Income(a, alt), FinalTables.Expenditure(a, alt), FinalTables.FiscalSummary(a, alt),
            FinalTables.General(a, alt), FinalDetailTables.BasicEconomic(a, alt, c.Style.EconomicGroups), FinalDetailTables.GovernmentFund(a, alt),
            FinalDetailTables.StateCapital(a, alt), FinalDetailTables.ThreePublicTable(a, alt), FinalDetailTables.Statistics(a, alt),
        ];
        var pending = new List<TableDefects.Pending>();
        var overrides = new NarrativeOverrides();
        var kinds = new List<string>();
        foreach (var kind in c.DefectKinds)
        {
            TableDefects.Pending? p = kind switch
            {
                DefectKind.WrongTotal => TableDefects.WrongTotal(specs[2], c.Random),
                DefectKind.ItemSum => TableDefects.ItemSum(specs[4], c.Random),
                DefectKind.ThreePublicParts => TableDefects.ThreePublicParts(specs[8], c.Random),
                _ => null,
            };
            if (p is null && kind is DefectKind.ItemSum or DefectKind.ThreePublicParts)
            {
                // Not applicable here (no 三公 spending, no 项 row): plant a wrong total instead, so the defect rate holds.
                p = TableDefects.WrongTotal(specs[2], c.Random);
            }

            if (p is not null)
            {
                pending.Add(p);
                if (p.Kind == DefectKind.ThreePublicParts)
                {
                    overrides.ThreePublicActual = p.Printed;
                }
            }

            kinds.Add(p?.Kind ?? kind);
        }

        var initial = budget.GeneralTotal;
        var trueRate = Money.Percent(a.GeneralTotal, initial);
        if (kinds.Contains(DefectKind.NarrativeRate) && trueRate is { } rate)
        {
            overrides.ExecutionRate = rate + c.Random.Next(1, 16) * (c.Random.Chance(0.5m) ? 1 : -1);
        }

        var w = new DocumentWriter(c.Style.Format);
        var renderer = new TableRenderer(w, c.Style, c.FileName);
        var duty = DocumentShell.Begin(w, c.Style, unit.Name, $"{c.Year}年度{kindWord}决算公开");
        w.Paragraph($"第二部分 {c.Year}年度{kindWord}决算表");
        for (var i = 0; i < specs.Length; i++)
        {
            TableBlocks.FinalTable(w, renderer, specs[i], c.Style, i + 1, unit.Name, c.Year, i == 9 ? "单位" : "部门");
        }

        var sentences = FinalNarrative.Write(w, a, budget, prior, overrides);
        DocumentShell.End(w, c.Style);
        var report = ReportFactory.New(c, kindWord, "决算");
        foreach (var p in pending)
        {
            var printed = renderer.Printed.Single(t => t.CatalogId == p.Table.CatalogId);
            var line = printed.RowLines[p.Row];
            List<int> allowed = [line];
            if (p.RelatedRow is { } related)
            {
                allowed.Add(printed.RowLines[related]);
            }

            if (p.Kind == DefectKind.WrongTotal)
            {
                // 支出决算 情况说明 repeats the column totals; a sentence check may report the same gap there.
                allowed.Add(sentences["basic"]);
            }

            if (p.Kind == DefectKind.ThreePublicParts)
            {
                allowed.Add(sentences["three_public"]);
            }

            report.Defects.Add(new PlantedDefect(c.FileName, $"{c.FileName}#{report.Defects.Count + 1}", p.Kind, p.Check, line, allowed,
                p.Table.CatalogId, p.RowLabel, ToPrinted(p.Expected, c.Style), ToPrinted(p.Printed, c.Style)));
        }

        if (overrides.ExecutionRate is { } wrongRate)
        {
            var line = sentences["execution_rate"];
            report.Defects.Add(new PlantedDefect(c.FileName, $"{c.FileName}#{report.Defects.Count + 1}", DefectKind.NarrativeRate, "narrative_rate", line, [line],
                null, "一般公共预算财政拨款支出", trueRate, wrongRate));
        }

        report.Facts = renderer.Facts;
        ByteStage.Apply(report, w, kinds, duty, renderer.Printed, c);
        if (!report.Defects.Any(d => d.Rejects))
        {
            report.ExecutionRate = new ExecutionRateRow(unit.Name, c.Year, initial * 10_000m, a.GeneralTotal * 10_000m);
            var actual = overrides.ThreePublicActual ?? a.ThreePublicActual.Total;
            var t = a.ThreePublicActual;
            report.ThreePublic = new ThreePublicRow(unit.Name, c.Year, a.ThreePublicBudget.Total * 10_000m, actual * 10_000m,
                t.Overseas * 10_000m, t.Reception * 10_000m, t.VehiclePurchase * 10_000m, t.VehicleOperation * 10_000m);
        }

        return report;
    }

    public static decimal ToPrinted(decimal wan, ReportStyle style) => style.Yuan ? wan * 10_000m : wan;
}
