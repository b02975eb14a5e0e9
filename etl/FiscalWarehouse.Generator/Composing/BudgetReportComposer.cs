using FiscalWarehouse.Generator.Defects;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator.Composing;

/// <summary>Prints a 预算 (the 预算 tables + 情况说明) and its truth. Only table and byte defects apply here.</summary>
internal static class BudgetReportComposer
{
    public static GeneratedReport Compose(ReportContext c)
    {
        var unit = c.History.Unit;
        var a = c.History.Budgets[c.Year];
        var prior = c.History.Budgets[c.Year - 1];
        var alt = c.Style.AlternativeTitles;
        var kindWord = unit.IsDepartment ? "部门" : "单位";
        var specs = new List<TableSpec>
        {
            BudgetTables.Summary(a, alt), BudgetTables.Income(a, alt), BudgetTables.Expenditure(a, alt, generalOnly: false),
            BudgetTables.FiscalSummary(a, alt), BudgetTables.Expenditure(a, alt, generalOnly: true), BudgetTables.BasicEconomic(a, alt),
            BudgetTables.GovernmentFundExpenditure(a, alt), BudgetTables.ThreePublicTable(a, alt), BudgetTables.AgencyRunning(a, alt),
            BudgetTables.Projects(a, alt),
        };
        var pending = new List<TableDefects.Pending>();
        var kinds = new List<string>();
        foreach (var kind in c.DefectKinds)
        {
            var p = kind switch
            {
                DefectKind.WrongTotal => TableDefects.WrongTotal(specs[2], c.Random),
                DefectKind.ItemSum => TableDefects.ItemSum(specs[4], c.Random),
                _ => null,
            };
            if (p is not null)
            {
                pending.Add(p);
                kinds.Add(kind);
            }
            else if (kind is DefectKind.Truncated or DefectKind.InvalidBytes or DefectKind.DoubleEncoded)
            {
                kinds.Add(kind);
            }
        }

        var w = new DocumentWriter(c.Style.Format);
        var renderer = new TableRenderer(w, c.Style, c.FileName);
        var duty = DocumentShell.Begin(w, c.Style, unit.Name, $"{c.Year}年度{kindWord}预算公开");
        w.Paragraph($"第二部分 {c.Year}年{kindWord}预算报表");
        for (var i = 0; i < specs.Count; i++)
        {
            TableBlocks.BudgetTable(w, renderer, specs[i], c.Style, i + 1, unit.Name, kindWord);
        }

        BudgetNarrative.Write(w, a, prior, kindWord);
        DocumentShell.End(w, c.Style);
        var report = ReportFactory.New(c, kindWord, "预算");
        foreach (var p in pending)
        {
            var printed = renderer.Printed.Single(t => t.CatalogId == p.Table.CatalogId);
            var line = printed.RowLines[p.Row];
            List<int> allowed = p.RelatedRow is { } related ? [line, printed.RowLines[related]] : [line];
            report.Defects.Add(new PlantedDefect(c.FileName, $"{c.FileName}#{report.Defects.Count + 1}", p.Kind, p.Check, line, allowed,
                p.Table.CatalogId, p.RowLabel, FinalReportComposer.ToPrinted(p.Expected, c.Style), FinalReportComposer.ToPrinted(p.Printed, c.Style)));
        }

        report.Facts = renderer.Facts;
        ByteStage.Apply(report, w, kinds, duty, renderer.Printed, c);
        return report;
    }
}
