using FiscalWarehouse.Generator.Catalog;
using FiscalWarehouse.Generator.Randomness;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator;

/// <summary>Draws the template variant of one report.</summary>
internal static class StylePicker
{
    public static ReportStyle Pick(SeededRandom random, GeneratorOptions options, bool budget)
    {
        var format = random.Pick(options.Formats);
        var v = options.VariantRate;
        var encoding = random.Chance(0.1m) ? TextEncoding.Gb18030 : random.Chance(0.1m) ? TextEncoding.Utf8Bom : TextEncoding.Utf8;
        var numbering = random.Chance(v / 2m) ? random.Pick([Numbering.ChineseOrdinal, Numbering.Appendix, Numbering.None]) : Numbering.Standard;
        string? pageBreak = random.Chance(v) ? random.Pick(budget
            ? [TableIds.BudgetSummary, TableIds.BudgetIncome, TableIds.BudgetBasicEconomic]
            : new[] { TableIds.FinalSummary, TableIds.FinalIncome, TableIds.FinalExpenditure, TableIds.FinalGeneralBasicEconomic }) : null;
        return new ReportStyle(
            format,
            encoding,
            random.Chance(0.15m),
            random.Chance(v / 2m),
            random.Chance(v),
            random.Chance(v / 2m),
            numbering,
            random.Chance(v / 2m),
            pageBreak,
            !budget && random.Chance(v / 2m) ? 3 : 4);
    }
}
