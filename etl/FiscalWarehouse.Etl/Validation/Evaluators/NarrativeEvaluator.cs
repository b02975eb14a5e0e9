using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>
/// Narrative figures (Report.Narrative) against the tables and against each other within a sentence: an amount must
/// equal a table figure it describes; a change must equal current − prior; a growth or execution rate must equal its
/// recomputation rounded to the printed decimals. The documents contain real errors here (fiscal-reports.md §3.4).
/// </summary>
internal sealed class NarrativeEvaluator : IRuleEvaluator
{
    public IReadOnlyCollection<string> RuleIds { get; } = ["narrative.amount_vs_table", "narrative.change_amount", "narrative.change_rate", "narrative.execution_rate"];

    public void Evaluate(RuleDefinition rule, RuleContext context)
    {
        if (rule.Id == "narrative.amount_vs_table")
        {
            // Figures asking the same question (topic, measure, subject) share one enumeration of the tables.
            var asked = new Dictionary<NarrativeCandidates.Question, List<NarrativeCandidates.Candidate>>();
            var figures = context.Report.Narrative;
            for (var i = 0; i < figures.Count; i++)
            {
                // Only headline figures: an item inside a topic (基本工资 under 人员经费) or a stated zero has no single table figure.
                var figure = figures[i];
                if (!(figure.Value is { } v && v != 0 && IsMoney(figure.Unit)
                    && figure.Measure is Measure.FinalAccount or Measure.InitialBudget or Measure.AdjustedBudget
                    && (figure.Subject is null || figure.Topic is NarrativeTopics.GeneralBudgetExpenditureBySubject or NarrativeTopics.PersonnelCost or NarrativeTopics.OperatingCost)))
                {
                    continue;
                }

                var question = new NarrativeCandidates.Question(figure.Topic, figure.Measure, figure.SubjectCode, figure.Subject);
                if (!asked.TryGetValue(question, out var candidates))
                {
                    candidates = [.. NarrativeCandidates.For(context, figure)];
                    asked.Add(question, candidates);
                }

                if (candidates.Count == 0)
                {
                    continue;
                }

                var yuan = figure.Value!.Value * RuleContext.Factor(figure.Unit);
                var printedDecimals = RuleContext.Decimals(figure.PrintedText);
                // Half a unit of the narrative's last printed digit: 1,497.20 against a table's 1,497.21 is a mismatch (§3.4).
                var slack = 0.005m * RuleContext.Factor(figure.Unit) * (decimal)Math.Pow(10, 2 - Math.Min(printedDecimals, 2));
                var nearest = Nearest(candidates, yuan);
                if (Math.Abs(nearest.Yuan - yuan) <= slack)
                {
                    continue;
                }

                context.Findings.Add(new Model.Findings.Finding(rule.Id, rule.Level,
                    $"narrative {figure.Topic} '{figure.PrintedText}' does not match {nearest.Where}", figure.Source, nearest.TableId, figure.Subject,
                    nearest.Yuan / RuleContext.Factor(figure.Unit), figure.Value));
            }

            return;
        }

        if (rule.Id == "narrative.execution_rate")
        {
            ExecutionRates(rule, context);
            return;
        }

        // The two change rules read the same groups, grouped once per validation: those with a change, which both need.
        foreach (var sentence in context.PerValidation("narrative by line", static r => FigureGroups.Holding(r.Narrative, FigureGroups.ByLine, Measure.Change)))
        {
            var current = First(sentence.Figures, Measure.FinalAccount) ?? First(sentence.Figures, Measure.InitialBudget);
            var prior = First(sentence.Figures, Measure.PriorYear);
            var change = First(sentence.Figures, Measure.Change);
            var rate = First(sentence.Figures, Measure.ChangeRate);
            switch (rule.Id)
            {
                case "narrative.change_amount" when current is not null && prior is not null && change is not null:
                    // Compare the numbers as printed: a sentence mixing 元 and 万元 is a unit typo (000 line 439), not a rescaling.
                    context.Compare(rule, null, sentence.Key.Subject, change.Source, Math.Abs(change.Value!.Value),
                        Math.Abs(current.Value!.Value - prior.Value!.Value), 2, change.Unit, change.Unit,
                        $"narrative change '{change.PrintedText}' = {current.PrintedText} − {prior.PrintedText}");
                    break;
                case "narrative.change_rate" when rate is not null && change is not null && (prior is not null || current is not null):
                    var before = prior?.Value ?? current!.Value!.Value - Signed(change);
                    if (before != 0)
                    {
                        context.CompareRate(rule, null, sentence.Key.Subject, rate.Source, Math.Abs(rate.Value!.Value), RuleContext.Decimals(rate.PrintedText),
                            Math.Abs(change.Value!.Value / before * 100m), $"narrative growth rate '{rate.PrintedText}' = {change.PrintedText} ÷ {RuleContext.Format(before)}");
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// A rate the document prints beside its figures (完成年初预算的109.91%, 执行率98.5%) against 决算 ÷ the budget the
    /// rate's own clause names: 年初预算 when it says so, else the adjusted budget the sentence states, else its 年初预算. Figures are taken
    /// from the whole sentence, which may be wrapped over lines and pages.
    /// </summary>
    private static void ExecutionRates(RuleDefinition rule, RuleContext context)
    {
        foreach (var sentence in FigureGroups.Holding(context.Report.Narrative, FigureGroups.BySentence, Measure.ExecutionRate))
        {
            var execution = First(sentence.Figures, Measure.ExecutionRate);
            var spent = First(sentence.Figures, Measure.FinalAccount);
            if (execution is null || spent is null)
            {
                continue;
            }

            var initial = First(sentence.Figures, Measure.InitialBudget);
            var adjusted = First(sentence.Figures, Measure.AdjustedBudget);
            var namesInitial = RateLabel(execution.Sentence, execution.PrintedText).Contains("年初", StringComparison.Ordinal);
            var budget = namesInitial ? initial ?? adjusted : adjusted ?? initial;
            if (budget is null || budget.Value == 0)
            {
                continue;
            }

            context.CompareRate(rule, null, sentence.Key.Subject, execution.Source, execution.Value!.Value, RuleContext.Decimals(execution.PrintedText),
                spent.Value!.Value / budget.Value!.Value * 100m, $"narrative execution rate '{execution.PrintedText}' = {spent.PrintedText} ÷ {budget.PrintedText}");
        }
    }

    /// <summary>The words printed right before a rate (完成年初预算的 / 完成预算的): which budget it is a rate of.</summary>
    private static string RateLabel(string sentence, string printedRate)
    {
        var at = sentence.IndexOf(printedRate, StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }

        var clause = sentence.AsSpan(0, at).LastIndexOfAny("，,；;");
        return sentence[(clause + 1)..at];
    }

    private static decimal Signed(NarrativeFigure change) =>
        change.Sentence.Contains("减少", StringComparison.Ordinal) || change.Sentence.Contains("下降", StringComparison.Ordinal) ? -Math.Abs(change.Value!.Value) : change.Value!.Value;

    /// <summary>The first candidate nearest to <paramref name="yuan"/>, as MinBy chose it.</summary>
    private static NarrativeCandidates.Candidate Nearest(List<NarrativeCandidates.Candidate> candidates, decimal yuan)
    {
        var nearest = candidates[0];
        var distance = Math.Abs(nearest.Yuan - yuan);
        for (var i = 1; i < candidates.Count; i++)
        {
            var d = Math.Abs(candidates[i].Yuan - yuan);
            if (d < distance)
            {
                nearest = candidates[i];
                distance = d;
            }
        }

        return nearest;
    }

    private static NarrativeFigure? First(List<NarrativeFigure> figures, string measure)
    {
        foreach (var f in figures)
        {
            if (f.Measure == measure && f.Value is not null)
            {
                return f;
            }
        }

        return null;
    }

    private static bool IsMoney(AmountUnit unit) => unit is AmountUnit.Yuan or AmountUnit.TenThousandYuan;
}
