using System.Globalization;

namespace FiscalWarehouse.Warehouse.Tests.Marts;

/// <summary>
/// A deterministic corpus of 50 units × 3 years × 预算 and 决算 (with missing reports and zero budgets), inserted as facts;
/// the marts must equal truth computed here independently with C# decimals.
/// </summary>
public sealed class GeneratedCorpusMartTests : IClassFixture<GeneratedCorpusMartTests.Corpus>
{
    private readonly Corpus _corpus;

    public GeneratedCorpusMartTests(Corpus corpus) => _corpus = corpus;

    /// <summary>Loaded once per class: inserting the corpus is the slow part, the tests only read it.</summary>
    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            Truth = GeneratedCorpusMartTests.Truth();
            (Warehouse, Units) = Load(Truth);
        }

        internal List<UnitYear> Truth { get; }

        internal MartWarehouse Warehouse { get; }

        internal Dictionary<int, long> Units { get; }

        public void Dispose() => Warehouse.Dispose();
    }

    private static readonly string[] Counties = ["140581", "140525", "140423", "140521", "410402"];
    private static readonly int[] Years = [2021, 2022, 2023];

    internal sealed record UnitYear(int Unit, int Year, decimal? Budget, decimal? Final, decimal? ThreePublic);

    private static List<UnitYear> Truth()
    {
        var random = new Random(20231);
        var rows = new List<UnitYear>();
        for (var u = 0; u < 50; u++)
        {
            foreach (var year in Years)
            {
                var budget = Math.Round((decimal)random.Next(1_000, 900_000) / 100m, 2);
                var final = Math.Round(budget * (decimal)random.Next(70, 160) / 100m, 2);
                var threePublic = Math.Round((decimal)random.Next(0, 3_000) / 100m, 2);
                bool noBudget = u % 11 == 3 && year == 2023, noFinal = u % 7 == 2 && year == 2022, zero = u % 13 == 5 && year == 2021;
                rows.Add(new UnitYear(u, year, noBudget ? null : zero ? 0m : budget, noFinal ? null : final, noFinal ? null : threePublic));
            }
        }

        return rows;
    }

    private static (MartWarehouse Warehouse, Dictionary<int, long> Units) Load(List<UnitYear> truth)
    {
        var w = new MartWarehouse();
        var units = new Dictionary<int, long>();
        foreach (var row in truth)
        {
            if (!units.TryGetValue(row.Unit, out var unitId))
            {
                unitId = w.Unit($"生成单位{row.Unit:D2}", Counties[row.Unit % Counties.Length]);
                units[row.Unit] = unitId;
            }

            if (row.Budget is { } budget)
            {
                var report = w.Report(unitId, row.Year, "预算");
                w.Expenditure(report, "general_budget", null, "total", "initial_budget", budget, rowKind: "total");
            }

            if (row.Final is { } final)
            {
                var report = w.Report(unitId, row.Year, "决算");
                w.Expenditure(report, "general_budget", null, "total", "final_account", final, rowKind: "total");
                w.Table(report, "fact_three_public", "财政拨款“三公”经费支出决算表");
                w.ThreePublic(report, "three_public_total", "final_account", row.ThreePublic);
            }
        }

        return (w, units);
    }

    private static decimal? Pct(decimal? n, decimal? d) =>
        n is null || d is null || d == 0m ? null : Math.Round(n.Value * 100m / d.Value, 6, MidpointRounding.AwayFromZero);

    private static string? Band(decimal? rate) => rate switch
    {
        null => null,
        _ when Math.Abs(rate.Value - 100m) <= 5m => "A",
        _ when Math.Abs(rate.Value - 100m) <= 10m => "B",
        _ when Math.Abs(rate.Value - 100m) <= 15m => "C",
        _ => "D",
    };

    [Fact]
    public void ExecutionRate_EqualsTruth_ForEveryUnitAndYear()
    {
        var (truth, w, units) = (_corpus.Truth, _corpus.Warehouse, _corpus.Units);
        Assert.True(truth.Count >= 150);

        var rows = w.Rows("select * from mart_execution_rate where scope = 'general_budget' and subject_level = 'total'")
            .ToDictionary(r => (Convert.ToInt64(r["unit_id"], CultureInfo.InvariantCulture), Convert.ToInt32(r["year"], CultureInfo.InvariantCulture)));
        Assert.Equal(truth.Count, rows.Count);
        foreach (var t in truth)
        {
            var row = rows[(units[t.Unit], t.Year)];
            var key = $"unit {t.Unit} {t.Year}";
            Assert.True(t.Budget * 10_000m == row.Dec("initial_budget_yuan"), key);
            Assert.True(t.Final * 10_000m == row.Dec("final_yuan"), key);
            Assert.True(Pct(t.Final, t.Budget) == row.Dec("rate_vs_initial"), $"{key}: {Pct(t.Final, t.Budget)} vs {row.Dec("rate_vs_initial")}");
            Assert.Equal(Band(Pct(t.Final, t.Budget)), row.Str("pefa_band_vs_initial"));
            Assert.Equal(t.Budget is null ? null : "budget_report_table", row.Str("budget_source"));
        }

        var pefaFlags = w.Scalar<long>("select count(*) from mart_anomalies where flag = 'execution_rate_pefa'");
        Assert.Equal(truth.Count(t => Band(Pct(t.Final, t.Budget)) is "B" or "C" or "D"), pefaFlags);
    }

    [Fact]
    public void ThreePublicTrend_EqualsTruth_IncludingGapsAfterAMissingYear()
    {
        var (truth, w, units) = (_corpus.Truth, _corpus.Warehouse, _corpus.Units);

        foreach (var t in truth.Where(t => t.Final is not null))
        {
            var prior = truth.SingleOrDefault(p => p.Unit == t.Unit && p.Year == t.Year - 1)?.ThreePublic;
            var row = w.Single("select * from mart_three_public where unit_id = $u and year = $y", ("u", units[t.Unit]), ("y", t.Year));
            Assert.Equal(t.ThreePublic * 10_000m, row.Dec("actual_yuan"));
            Assert.Equal(prior * 10_000m, row.Dec("prior_year_actual_yuan"));
            Assert.Equal(Pct(t.ThreePublic - prior, prior), row.Dec("yoy_change_rate"));
        }

        var jumps = truth.Count(t => t.Final is not null
            && truth.SingleOrDefault(p => p.Unit == t.Unit && p.Year == t.Year - 1)?.ThreePublic is { } prior
            && (Pct(t.ThreePublic - prior, prior) > 30m || (prior == 0m && t.ThreePublic > 0m)));
        Assert.Equal(jumps, w.Scalar<long>("select count(*) from mart_anomalies where flag = 'three_public_yoy_jump'"));
    }

    [Fact]
    public void RegionSummary_EqualsTruth_PerCountyAndProvince()
    {
        var (truth, w, units) = (_corpus.Truth, _corpus.Warehouse, _corpus.Units);

        foreach (var county in Counties)
        {
            foreach (var year in Years)
            {
                var inCounty = truth.Where(t => Counties[t.Unit % Counties.Length] == county).ToList();
                var thisYear = inCounty.Where(t => t.Year == year).ToList();
                var rates = thisYear.Select(t => Pct(t.Final, t.Budget)).OfType<decimal>().Order().ToList();
                var row = w.Single("select * from mart_region_summary where region_code = $r and year = $y", ("r", county), ("y", year));

                Assert.Equal(thisYear.Count(t => t.Budget is not null || t.Final is not null), Convert.ToInt32(row["units_reporting"], CultureInfo.InvariantCulture));
                Assert.Equal(thisYear.Count(t => t.Final is not null), Convert.ToInt32(row["final_reports"], CultureInfo.InvariantCulture));
                Assert.Equal(thisYear.Count(t => t.Budget is not null), Convert.ToInt32(row["budget_reports"], CultureInfo.InvariantCulture));
                Assert.Equal(rates.Count, Convert.ToInt32(row["units_with_rate"], CultureInfo.InvariantCulture));
                Assert.Equal(rates.Min(), row.Dec("min_rate_vs_initial"));
                Assert.Equal(rates.Max(), row.Dec("max_rate_vs_initial"));
                var median = rates.Count % 2 == 1 ? rates[rates.Count / 2] : (rates[(rates.Count / 2) - 1] + rates[rates.Count / 2]) / 2m;
                // DuckDB keeps the median at the rates' 6 decimals: an even count may drop a trailing 0.0000005
                Assert.InRange(Math.Abs(median - row.Dec("median_rate_vs_initial")!.Value), 0m, 0.0000005m);
                Assert.Equal(thisYear.Where(t => t.Final is not null).Sum(t => t.ThreePublic) * 10_000m, row.Dec("three_public_actual_yuan"));
                Assert.Equal(0, Convert.ToInt32(row["units_missing"], CultureInfo.InvariantCulture));
            }
        }
    }
}
