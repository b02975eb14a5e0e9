using System.Globalization;
using FiscalWarehouse.Generator.Accounts;
using FiscalWarehouse.Generator.Composing;
using FiscalWarehouse.Generator.Defects;
using FiscalWarehouse.Generator.Randomness;
using FiscalWarehouse.Generator.Regions;
using FiscalWarehouse.Generator.Subjects;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator;

/// <summary>
/// Generates a corpus of 预算/决算 reports with their truth. Deterministic: the same options and seed give the same
/// bytes, because every draw comes from <see cref="SeededRandom"/> streams forked by name (unit, year, phase).
/// </summary>
public static class CorpusGenerator
{
    public const string HostileSuffix = "<script>alert(\"fw\")</script>&amp;\"'工业和信息化局";

    /// <summary>Yields the reports one at a time so a large corpus never sits in memory.</summary>
    public static IEnumerable<GeneratedReport> Generate(GeneratorOptions options)
    {
        var root = new SeededRandom(options.Seed);
        var counties = CountyCatalog.All.ToList();
        root.Fork("counties").Shuffle(counties);
        var unitIndex = 0;
        foreach (var county in counties.Take(options.Counties))
        {
            var profiles = DepartmentProfiles.All.ToList();
            var countyRandom = root.Fork("county:" + county.Code);
            countyRandom.Shuffle(profiles);
            for (var u = 0; u < options.UnitsPerCounty; u++)
            {
                var profile = profiles[u % profiles.Count];
                var suffix = u >= profiles.Count ? $"第{u / profiles.Count + 1}分局" : "";
                var name = options.HostileUnitName && unitIndex == 0 ? county.Name + HostileSuffix : county.Name + profile.Suffix + suffix;
                var unitRandom = countyRandom.Fork("unit:" + u.ToString(CultureInfo.InvariantCulture));
                var identity = new UnitIdentity(name, county, profile, unitRandom.Next(6, 60));
                var history = HistoryBuilder.Build(identity, options.FirstYear, options.LastYear, unitRandom.Fork("history"));
                for (var year = options.FirstYear; year <= options.LastYear; year++)
                {
                    foreach (var budget in new[] { true, false })
                    {
                        if ((budget && !options.Budgets) || (!budget && !options.Finals))
                        {
                            continue;
                        }

                        var phase = budget ? "budget" : "final";
                        var r = unitRandom.Fork($"{year}:{phase}");
                        if (r.Chance(options.MissingRate))
                        {
                            continue;
                        }

                        var style = StylePicker.Pick(r, options, budget);
                        var ext = style.Format switch { OutputFormat.Markdown => "md", OutputFormat.Html => "html", _ => "txt" };
                        var file = $"{county.Code}-u{u + 1:00}-{year}-{phase}.{ext}";
                        var defects = PickDefects(r, options.DefectRate, budget);
                        var context = new ReportContext(history, year, style, file, defects, r.Fork("compose"));
                        yield return budget ? BudgetReportComposer.Compose(context) : FinalReportComposer.Compose(context);
                    }
                }

                unitIndex++;
            }
        }
    }

    private static List<string> PickDefects(SeededRandom random, decimal rate, bool budget)
    {
        if (!random.Chance(rate))
        {
            return [];
        }

        IReadOnlyList<string> kinds = budget
            ? [DefectKind.WrongTotal, DefectKind.ItemSum, DefectKind.Truncated, DefectKind.InvalidBytes, DefectKind.DoubleEncoded]
            : DefectKind.All;
        return [random.Pick(kinds)];
    }
}
