using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>The table figures a narrative topic may describe (in 元), read by meaning; a narrative may quote any of them.</summary>
internal static class NarrativeCandidates
{
    /// <summary>
    /// A table figure, with what <see cref="Where"/> names it by: its table, the row label (quoted), a name (a code or a
    /// footer label) and the column, then the line. The text is built only for the candidate a finding names: most
    /// figures match, and every row of a 三公 table is a candidate.
    /// </summary>
    public sealed record Candidate(decimal Yuan, string TableId, SourceRef Line, string? RowLabel = null, string? Name = null, TableColumn? Column = null)
    {
        public string Where
        {
            get
            {
                var where = TableId;
                if (RowLabel is not null)
                {
                    where += $" '{RowLabel}'";
                }

                if (Name is not null)
                {
                    where += $" {Name}";
                }

                if (Column is not null)
                {
                    where += $" {Column.Path}";
                }

                return $"{where} (line {Line.LineLabel})";
            }
        }
    }

    /// <summary>All that <see cref="For"/> reads of a figure: figures with equal questions have the same candidates.</summary>
    public sealed record Question(string Topic, string Measure, string? SubjectCode, string? Subject);

    public static IEnumerable<Candidate> For(RuleContext context, NarrativeFigure figure)
    {
        var report = context.Report;
        var final = report.Phase != ReportPhase.Budget;
        var p = final ? "final_" : "budget_";
        return figure.Topic switch
        {
            NarrativeTopics.TotalIncome => Labeled(context, p + "income_expenditure_total", Block.Income, k => k is "本年收入合计" or "总计" or "收入总计"),
            NarrativeTopics.TotalExpenditure => Labeled(context, p + "income_expenditure_total", Block.Expenditure, k => k is "本年支出合计" or "总计" or "支出总计"),
            NarrativeTopics.FiscalAppropriationIncome => Labeled(context, p + "fiscal_total", Block.Income, k => k is "本年收入合计" or "总计" or "收入总计"),
            NarrativeTopics.FiscalAppropriationExpenditure => Labeled(context, p + "fiscal_total", Block.Expenditure, k => k is "本年支出合计" or "总计" or "支出总计"),
            NarrativeTopics.GeneralBudgetExpenditure when figure.Measure != Measure.InitialBudget || !final =>
                TotalCell(report, p + (final ? "general_budget_expenditure" : "general_expenditure"), c => c.Meaning.ExpenseType == ExpenseType.Total || TableQueries.IsTotalLeaf(TableQueries.Leaf(c))),
            NarrativeTopics.GeneralBudgetExpenditureBySubject when figure.SubjectCode is { } code && figure.Measure == Measure.FinalAccount =>
                ByCode(report, code, final ? ["final_general_budget_expenditure", "final_expenditure"] : ["budget_general_expenditure", "budget_expenditure_total"]),
            NarrativeTopics.BasicExpenditure => Totals(report, ExpenseType.Basic, final),
            NarrativeTopics.ProjectExpenditure => Totals(report, ExpenseType.Project, final),
            NarrativeTopics.PersonnelCost or NarrativeTopics.OperatingCost when figure.Subject is { } item => EconomicItem(context, item),
            NarrativeTopics.PersonnelCost => Footer(context, "人员经费合计", ExpenseType.Personnel),
            NarrativeTopics.OperatingCost => Footer(context, "公用经费合计", ExpenseType.Operating),
            NarrativeTopics.ThreePublic => ThreePublic(report, figure, ThreePublicPart.Total),
            NarrativeTopics.OverseasTravel => ThreePublic(report, figure, ThreePublicPart.OverseasTravel),
            NarrativeTopics.Reception => ThreePublic(report, figure, ThreePublicPart.Reception),
            NarrativeTopics.VehiclePurchase => ThreePublic(report, figure, ThreePublicPart.VehiclePurchase),
            NarrativeTopics.VehicleOperation => ThreePublic(report, figure, ThreePublicPart.VehicleOperation),
            _ => [],
        };
    }

    private static IEnumerable<Candidate> Labeled(RuleContext context, string id, string block, Func<string, bool> label)
    {
        foreach (var table in context.Report.Tables.Where(t => t.CatalogId == id && !t.IsKnownEmpty && t.Columns.Any(c => c.Meaning.Block == block)))
        {
            var keys = context.LabelKeys(table);
            for (var i = 0; i < keys.Length; i++)
            {
                if (!label(keys[i]))
                {
                    continue;
                }

                var row = table.Rows[i];
                if (RuleContext.Number(RuleContext.Cell(row, 0)) is { } v)
                {
                    yield return new Candidate(v * RuleContext.Factor(table.Unit), id, row.Source, RowLabel: row.Label);
                }
            }
        }
    }

    private static IEnumerable<Candidate> TotalCell(Report report, string id, Func<TableColumn, bool> column)
    {
        foreach (var table in report.Tables.Where(t => t.CatalogId == id && !t.IsKnownEmpty))
        {
            var row = TableQueries.TotalRow(table);
            var c = TableQueries.Column(table, column);
            if (row is not null && c >= 0 && RuleContext.Number(RuleContext.Cell(row, c)) is { } v)
            {
                yield return new Candidate(v * RuleContext.Factor(table.Unit), id, row.Source, RowLabel: row.Label, Column: table.Columns[c]);
            }
        }
    }

    private static IEnumerable<Candidate> Totals(Report report, string type, bool final) =>
        (final ? new[] { "final_expenditure", "final_general_budget_expenditure" } : ["budget_expenditure_total", "budget_general_expenditure"])
            .SelectMany(id => TotalCell(report, id, c => c.Meaning.ExpenseType == type));

    private static IEnumerable<Candidate> ByCode(Report report, string code, string[] ids)
    {
        foreach (var table in report.Tables.Where(t => ids.Contains(t.CatalogId) && !t.IsKnownEmpty))
        {
            var row = TableQueries.RowByCode(table, code);
            var c = TableQueries.TotalColumn(table);
            if (row is not null && c >= 0 && RuleContext.Number(RuleContext.Cell(row, c)) is { } v)
            {
                yield return new Candidate(v * RuleContext.Factor(table.Unit), table.CatalogId, row.Source, Name: code);
            }
        }
    }

    /// <summary>An item of 人员经费/公用经费 (其他交通费用 21.12) against the 经济分类 row of the same name.</summary>
    private static IEnumerable<Candidate> EconomicItem(RuleContext context, string item)
    {
        var key = TableQueries.Key(item);
        foreach (var table in context.Report.Tables.Where(t => t.CatalogId is "final_basic_expenditure_detail" or "budget_basic_by_economic" && !t.IsKnownEmpty))
        {
            var total = table.CatalogId == "budget_basic_by_economic" ? TableQueries.TotalColumn(table) : -1;
            var keys = context.LabelKeys(table);
            for (var i = 0; i < keys.Length; i++)
            {
                if (!string.Equals(keys[i], key, StringComparison.Ordinal))
                {
                    continue;
                }

                var row = table.Rows[i];
                var value = total >= 0 ? RuleContext.Number(RuleContext.Cell(row, total)) : TableQueries.FirstNumber(row).Value;
                if (value is { } v)
                {
                    yield return new Candidate(v * RuleContext.Factor(table.Unit), table.CatalogId, row.Source, RowLabel: row.Label);
                }
            }
        }
    }

    private static IEnumerable<Candidate> Footer(RuleContext context, string label, string type)
    {
        var report = context.Report;
        foreach (var table in report.Tables.Where(t => t.CatalogId == "final_basic_expenditure_detail" && !t.IsKnownEmpty))
        {
            var at = Array.IndexOf(context.LabelKeys(table), label);
            var row = at >= 0 ? table.Rows[at] : null;
            if (row is not null && TableQueries.FirstNumber(row).Value is { } v)
            {
                yield return new Candidate(v * RuleContext.Factor(table.Unit), table.CatalogId, row.Source, Name: label);
            }
        }

        foreach (var candidate in TotalCell(report, "budget_basic_by_economic", c => c.Meaning.ExpenseType == type))
        {
            yield return candidate;
        }
    }

    private static IEnumerable<Candidate> ThreePublic(Report report, NarrativeFigure figure, string part)
    {
        foreach (var table in report.Tables.Where(t => t.CatalogId == "final_three_public" && !t.IsKnownEmpty))
        {
            foreach (var c in Enumerable.Range(0, table.Columns.Count).Where(c => table.Columns[c].Meaning.Part == part))
            {
                foreach (var row in table.Rows)
                {
                    if (RuleContext.Number(RuleContext.Cell(row, c)) is { } v)
                    {
                        yield return new Candidate(v * RuleContext.Factor(table.Unit), table.CatalogId, row.Source, Column: table.Columns[c]);
                    }
                }
            }
        }

        _ = figure;
    }
}
