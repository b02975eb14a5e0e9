using System.Globalization;
using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// The phase and year the cover states (fiscal-reports.md §5: take phase from the cover), which decide what an
/// unqualified amount is: in a 决算 "收入总计218.23万元" is a final account, in a 预算 an initial budget; a year before
/// the report's year marks a prior-year figure.
/// </summary>
internal sealed partial record DocumentProfile(ReportPhase Phase, int? Year)
{
    private const int CoverLines = 15;

    public static DocumentProfile Of(SourceDocument document)
    {
        var phase = ReportPhase.Unknown;
        int? year = null;
        var seen = 0;
        foreach (var line in Items.Of(document.Lines))
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (++seen > CoverLines)
            {
                break;
            }

            var text = line.Text;
            if (phase == ReportPhase.Unknown)
            {
                var final = text.Contains("决算", StringComparison.Ordinal);
                var budget = text.Contains("预算", StringComparison.Ordinal);
                if (final != budget)
                {
                    phase = final ? ReportPhase.FinalAccount : ReportPhase.Budget;
                }
            }

            if (year is null && YearPattern().Match(ProseMarkup.NormalizeWidth(text)) is { Success: true } match)
            {
                year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return new DocumentProfile(phase, year);
    }

    [GeneratedRegex(@"(20\d\d)\s*年")]
    private static partial Regex YearPattern();
}
