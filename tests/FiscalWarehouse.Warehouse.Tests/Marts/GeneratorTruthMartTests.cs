using FiscalWarehouse.Etl;
using FiscalWarehouse.Generator;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Marts;

/// <summary>
/// `fw generate`'s corpus (5 counties × 10 units × 2021–2023 × 预算 and 决算, some reports missing), parsed and loaded by
/// the real pipeline: mart_execution_rate and mart_three_public must equal the generator's truth rows exactly.
/// </summary>
public sealed class GeneratorTruthMartTests : IClassFixture<GeneratorTruthMartTests.Corpus>
{
    private readonly Corpus _corpus;

    public GeneratorTruthMartTests(Corpus corpus) => _corpus = corpus;

    public sealed class Corpus : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public Corpus()
        {
            var options = new GeneratorOptions { Counties = 5, UnitsPerCounty = 10, FirstYear = 2021, LastYear = 2023, DefectRate = 0m, Seed = 7 };
            var path = _temp.File("generated.duckdb");
            var parser = new ReportParser();
            using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = path }))
            {
                foreach (var report in CorpusGenerator.Generate(options))
                {
                    Reports.Add((report.Unit, report.Year, report.Phase, report.ExecutionRate, report.ThreePublic));
                    var outcome = writer.Load(report.FileName, parser.Parse(report.FileName, report.Bytes), CancellationToken.None);
                    Assert.NotEqual(LoadStatus.Rejected, outcome.Status);
                }
            }

            Warehouse = MartWarehouse.ReadFile(path);
        }

        internal List<(string Unit, int Year, string Phase, Generator.Truth.ExecutionRateRow? Rate, Generator.Truth.ThreePublicRow? ThreePublic)> Reports { get; } = [];

        internal MartWarehouse Warehouse { get; }

        public void Dispose()
        {
            Warehouse.Dispose();
            _temp.Dispose();
        }
    }

    [Fact]
    public void Corpus_HasFiftyUnitsThreeYearsBothPhasesAndGaps()
    {
        Assert.Equal(50, _corpus.Reports.Select(r => r.Unit).Distinct().Count());
        Assert.Equal([2021, 2022, 2023], _corpus.Reports.Select(r => r.Year).Distinct().Order());
        Assert.Equal(["决算", "预算"], _corpus.Reports.Select(r => r.Phase).Distinct().Order(StringComparer.Ordinal));
        Assert.True(_corpus.Reports.Count < 50 * 3 * 2, "the generator leaves some reports missing");
    }

    [Fact]
    public void ExecutionRate_EqualsTruth()
    {
        var truth = _corpus.Reports.Where(r => r.Rate is not null).Select(r => r.Rate!).ToList();
        Assert.NotEmpty(truth);
        foreach (var t in truth)
        {
            var row = _corpus.Warehouse.Single("""
                select * from mart_execution_rate
                where unit_name = $u and year = $y and scope = 'general_budget' and subject_level = 'total'
                """, ("u", t.Unit), ("y", t.Year));
            Assert.Equal(t.InitialBudgetYuan, row.Dec("initial_budget_yuan"));
            Assert.Equal(t.FinalYuan, row.Dec("final_yuan"));
            // The mart's rate is a percent at 6 decimals, exactly final × 100 ÷ initial rounded half away from zero.
            var exact = t.InitialBudgetYuan == 0m ? (decimal?)null : Math.Round(t.FinalYuan * 100m / t.InitialBudgetYuan, 6, MidpointRounding.AwayFromZero);
            Assert.Equal(exact, row.Dec("rate_vs_initial"));
            // The truth's is a ratio at 6 decimals (a percent at 4): rounding the mart's 6-decimal percent again can land
            // one unit of the 6th ratio decimal off at a tie (123.521450 → 1.235215 vs the truth's 1.235214).
            Assert.Equal(t.RateVsInitial is null, row.Dec("rate_vs_initial") is null);
            if (t.RateVsInitial is { } ratio)
            {
                Assert.InRange(Math.Abs((row.Dec("rate_vs_initial")!.Value / 100m) - ratio), 0m, 0.000001m);
            }
        }
    }

    [Fact]
    public void ThreePublic_EqualsTruth()
    {
        var truth = _corpus.Reports.Where(r => r.ThreePublic is not null).Select(r => r.ThreePublic!).ToList();
        Assert.NotEmpty(truth);
        foreach (var t in truth)
        {
            var row = _corpus.Warehouse.Single("select * from mart_three_public where unit_name = $u and year = $y", ("u", t.Unit), ("y", t.Year));
            Assert.Equal(t.BudgetYuan, row.Dec("budget_yuan"));
            Assert.Equal(t.ActualYuan, row.Dec("actual_yuan"));
            Assert.Equal(t.OverseasYuan, row.Dec("overseas_travel_actual_yuan"));
            Assert.Equal(t.ReceptionYuan, row.Dec("reception_actual_yuan"));
            Assert.Equal(t.VehiclePurchaseYuan, row.Dec("vehicle_purchase_actual_yuan"));
            Assert.Equal(t.VehicleOperationYuan, row.Dec("vehicle_operation_actual_yuan"));
        }
    }

    [Fact]
    public void RegionSummary_CountsEveryLoadedUnit()
    {
        var years = _corpus.Reports.GroupBy(r => r.Year);
        foreach (var year in years)
        {
            var reporting = _corpus.Warehouse.Scalar<long>("""
                select cast(sum(units_reporting) as bigint) from mart_region_summary where region_level = 'county' and year = $y
                """, ("y", year.Key));
            Assert.Equal(year.Select(r => r.Unit).Distinct().Count(), reporting);
        }
    }
}
