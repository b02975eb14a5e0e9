using FiscalWarehouse.Etl.Narrative;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;
using T = FiscalWarehouse.Model.Reports.NarrativeTopics;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>Figures checked by hand against the sample prose; each test cites seed and line.</summary>
public sealed class NarrativeExtractorTests
{
    private static readonly Dictionary<int, IReadOnlyList<NarrativeFigure>> Cache = [];

    [Theory]
    [InlineData(0, 437, "198.55", "218.23", "109.91")]
    [InlineData(1, 629, "4250.88", "5924.67", "139.38")]
    [InlineData(3, 506, "858.90", "2175.87", "253.33")]
    public void Extract_ExecutionHeadline_ReadsBudgetActualAndRate(int seed, int line, string initial, string actual, string rate)
    {
        Assert.Equal(decimal.Parse(initial, System.Globalization.CultureInfo.InvariantCulture), One(seed, line, T.GeneralBudgetExpenditure, M.InitialBudget).Value);
        var final = One(seed, line, T.GeneralBudgetExpenditure, M.FinalAccount);
        Assert.Equal(decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture), final.Value);
        Assert.Equal(AmountUnit.TenThousandYuan, final.Unit);
        var pct = One(seed, line, T.GeneralBudgetExpenditure, M.ExecutionRate);
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), pct.Value);
        Assert.Equal(AmountUnit.Percent, pct.Unit);
        Assert.Contains(rate + "%", pct.Sentence, StringComparison.Ordinal);
        Assert.Null(pct.Subject);
    }

    [Fact]
    public void Extract_Seed000Headline_KeepsSentenceAndSource()
    {
        // seed 000, line 437
        var figure = One(0, 437, T.GeneralBudgetExpenditure, M.ExecutionRate);
        Assert.Equal("2023年度一般公共预算财政拨款支出年初预算198.55万元，支出决算218.23万元，完成年初预算的109.91%", figure.Sentence);
        Assert.Equal("109.91%", figure.PrintedText);
        Assert.Equal("shanxi-gaoping-industry-service-center-2023-unit-final.txt", figure.Source.File);
    }

    [Theory]
    [InlineData(516, "2080501", "31.50", "150.89", "479.02")]
    [InlineData(532, "2150501", "446.90", "1089.47", "243.78")]
    public void Extract_Seed003ItemSentences_ResolveNamePathToCode(int line, string code, string initial, string actual, string rate)
    {
        var figures = At(3, line).Where(f => f.Topic == T.GeneralBudgetExpenditureBySubject).ToList();
        Assert.All(figures, f => Assert.Equal(code, f.SubjectCode));
        Assert.Equal(Dec(initial), figures.Single(f => f.Measure == M.InitialBudget).Value);
        Assert.Equal(Dec(actual), figures.Single(f => f.Measure == M.FinalAccount).Value);
        Assert.Equal(Dec(rate), figures.Single(f => f.Measure == M.ExecutionRate).Value);
    }

    [Fact]
    public void Extract_Seed003ItemSentence_SubjectIsThePrintedPath()
    {
        // seed 003, line 516: 社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）
        var figure = At(3, 516).First(f => f.Measure == M.FinalAccount);
        Assert.Equal("社会保障和就业支出 / 行政事业单位养老支出 / 行政单位离退休", figure.Subject);
    }

    [Fact]
    public void Extract_Seed003PathWrappedOverLines_CitesTheLineOfTheNumber()
    {
        // seed 003, lines 512–514: the path breaks inside 其他科学技术支出, the figures are on line 514.
        var figure = At(3, 514).Single(f => f.Measure == M.FinalAccount);
        Assert.Equal(183.72m, figure.Value);
        Assert.Equal("2069999", figure.SubjectCode);
    }

    [Fact]
    public void Extract_Seed000ClassFigures_KeepPrintedUnitTypo()
    {
        // seed 000, line 439: 2023年初预算数188.78万元，2023年决算数195.17元 (元 is a typo, kept as printed)
        var line = At(0, 439).Where(f => f.SubjectCode == "201").ToList();
        Assert.Equal(188.78m, line.Single(f => f.Measure == M.InitialBudget).Value);
        var final = line.Single(f => f.Measure == M.FinalAccount);
        Assert.Equal(195.17m, final.Value);
        Assert.Equal(AmountUnit.Yuan, final.Unit);
        Assert.Equal(103.38m, line.Single(f => f.Measure == M.ExecutionRate).Value);
        Assert.Equal(182.68m, line.Single(f => f.Measure == M.PriorYear).Value);
        var change = line.Single(f => f.Measure == M.Change);
        Assert.Equal(6.1m, change.Value);
        Assert.Equal(AmountUnit.TenThousandYuan, change.Unit);
        Assert.Equal("6.1万元元", change.PrintedText);
    }

    [Fact]
    public void Extract_Seed000ClassList_ReadsEachClassWithItsCode()
    {
        // seed 000, line 428: 一般公共服务支出(类)195.17万元，占比89.43%
        var figures = At(0, 428);
        var figure = figures.Single(f => f.Measure == M.FinalAccount);
        Assert.Equal(T.GeneralBudgetExpenditureBySubject, figure.Topic);
        Assert.Equal(195.17m, figure.Value);
        Assert.Equal("201", figure.SubjectCode);
        Assert.Equal("一般公共服务支出", figure.Subject);
        Assert.Equal(89.43m, figures.Single(f => f.Measure == M.Share).Value);
        // seed 003, line 502: 一般公共服务（类）支出5.09万元 puts the marker inside the name.
        Assert.Equal(5.09m, At(3, 502).Single(f => f.SubjectCode == "201" && f.Measure == M.FinalAccount).Value);
    }

    [Fact]
    public void Extract_Seed001InfinitePercent_IsNullValue()
    {
        // seed 001, line 631: 科学技术支出年初预算0万元，支出决算450万元，完成预算∞%
        var figure = At(1, 631).Single(f => f.SubjectCode == "206" && f.Measure == M.ExecutionRate);
        Assert.Null(figure.Value);
        Assert.Equal("∞%", figure.PrintedText);
        Assert.Equal(0m, At(1, 631).Single(f => f.SubjectCode == "206" && f.Measure == M.InitialBudget).Value);
    }

    [Fact]
    public void Extract_Seed001ManyDecimals_KeepsEveryPrintedDigit()
    {
        // seed 001, line 631: 城乡社区支出 … 支出决算163.438万元; 资源勘探 … 1903.684258万元
        Assert.Equal(163.438m, At(1, 631).Single(f => f.SubjectCode == "212" && f.Measure == M.FinalAccount).Value);
        Assert.Equal(1903.684258m, At(1, 631).Single(f => f.SubjectCode == "215" && f.Measure == M.FinalAccount).Value);
    }

    [Theory]
    [InlineData(1, 569, T.TotalIncome, "-21916.41", "-76.99")]
    [InlineData(3, 480, T.TotalExpenditure, "-1746.16", "-44.52")]
    [InlineData(2, 390, T.TotalIncome, "-329.65", "-33.04")]
    [InlineData(4, 480, T.TotalIncome, "-70426.02", "-88.77")]
    [InlineData(0, 394, T.TotalIncome, "3.68", "1.71")]
    public void Extract_YearOnYear_SignsChangeByItsDirectionWord(int seed, int line, string topic, string change, string rate)
    {
        Assert.Equal(Dec(change), One(seed, line, topic, M.Change).Value);
        Assert.Equal(Dec(rate), One(seed, line, topic, M.ChangeRate).Value);
    }

    [Fact]
    public void Extract_Seed001Decrease_PrintedTextShowsTheDirection()
    {
        // seed 001, line 569: 收入总计减少21,916.41万元，下降76.99%
        Assert.Equal("减少21,916.41万元", One(1, 569, T.TotalIncome, M.Change).PrintedText);
        Assert.Equal(6548.68m, One(1, 569, T.TotalIncome, M.FinalAccount).Value);
    }

    [Fact]
    public void Extract_Seed000FiscalAppropriation_QualifierCarriesToTheBarePhrase()
    {
        // seed 000, line 417: 财政拨款收入总计218.23万元，支出总计218.23万元 — both are 财政拨款.
        Assert.Equal(218.23m, One(0, 417, T.FiscalAppropriationExpenditure, M.FinalAccount).Value);
        Assert.DoesNotContain(At(0, 417), f => f.Topic == T.TotalExpenditure);
    }

    [Fact]
    public void Extract_Seed003ThreePublic_ReadsTotalAndParts()
    {
        // seed 003, lines 562–574
        Assert.Equal(29.59m, One(3, 562, T.ThreePublic, M.AdjustedBudget).Value);
        Assert.Equal(29.59m, One(3, 562, T.ThreePublic, M.FinalAccount).Value);
        Assert.Equal(100.00m, One(3, 562, T.ThreePublic, M.ExecutionRate).Value);
        Assert.Equal(28.94m, One(3, 566, T.VehicleTotal, M.FinalAccount).Value);
        Assert.Equal(0.66m, One(3, 566, T.Reception, M.FinalAccount).Value);
        Assert.Equal(0m, One(3, 566, T.OverseasTravel, M.FinalAccount).Value);
        Assert.Equal(17.98m, One(3, 572, T.VehiclePurchase, M.FinalAccount).Value);
        Assert.Equal(10.96m, One(3, 574, T.VehicleOperation, M.FinalAccount).Value);
    }

    [Fact]
    public void Extract_Seed002ThreePublicBudget_IsInitialBudget()
    {
        // seed 002, line 432: “三公”经费预算3.20万元 … 公务用车运行维护费3.20万元
        Assert.Equal(3.20m, One(2, 432, T.ThreePublic, M.InitialBudget).Value);
        Assert.Equal(3.20m, One(2, 432, T.VehicleOperation, M.InitialBudget).Value);
    }

    [Fact]
    public void Extract_ItemsUnderTotals_AreSubItemsNotTotals()
    {
        // seed 001, line 639: 其他交通费用21.12万元 (table 06 prints 21.11: validation's job to flag)
        var item = At(1, 639).Single(f => f.Subject == "其他交通费用");
        Assert.Equal(T.OperatingCost, item.Topic);
        Assert.Equal(21.12m, item.Value);
        Assert.Equal(77.80m, At(1, 639).Single(f => f.Subject is null).Value);
        // seed 003, line 548: 人员经费1,497.20万元 (table prints 1,497.21)
        Assert.Equal(1497.20m, One(3, 548, T.PersonnelCost, M.FinalAccount).Value);
    }

    [Fact]
    public void Extract_OtherMatters_ReadsRunningCostProcurementAndVehicles()
    {
        Assert.Equal(281.17m, One(3, 584, T.AgencyRunningCost, M.FinalAccount).Value);
        Assert.Equal(-17.47m, One(3, 584, T.AgencyRunningCost, M.Change).Value);
        Assert.Equal(77.80m, One(1, 679, T.AgencyRunningCost, M.FinalAccount).Value);
        var procurement = At(3, 588).Where(f => f.Topic == T.GovernmentProcurement && f.Measure == M.FinalAccount).ToList();
        Assert.Equal(36.86m, procurement.Single(f => f.Subject is null).Value);
        Assert.Equal(21.23m, procurement.Single(f => f.Subject == "货物").Value);
        Assert.Equal(15.63m, procurement.Single(f => f.Subject == "服务").Value);
        Assert.Equal(4m, At(3, 592).Single(f => f.Topic == T.Vehicles && f.Subject is null).Value);
        Assert.Equal(2m, At(1, 687).Single(f => f.Topic == T.Vehicles && f.Subject is null).Value);
        Assert.Equal(AmountUnit.Count, At(1, 687).First(f => f.Topic == T.Vehicles).Unit);
    }

    [Fact]
    public void Extract_EquipmentThreshold_IsNotAnAmount()
    {
        // seed 000, line 493: 单价100万元（含）以上设备（不含车辆）0台（套）
        Assert.DoesNotContain(At(0, 493), f => f.Value == 100m);
        Assert.Equal(0m, At(0, 493).Single(f => f.Topic == T.LargeEquipment).Value);
    }

    [Fact]
    public void Extract_PerformanceCounts_ReadsProjectsAndGrades()
    {
        // seed 001, line 693: 涉及二级项目19个 … 18个项目自评等级为“优”，1个项目自评等级为“良”
        var figures = At(1, 693).Where(f => f.Topic == T.PerformanceProjects && f.Measure == M.Count).ToList();
        Assert.Equal(19m, figures.First(f => f.Subject is null).Value);
        Assert.Equal(18m, figures.Single(f => f.Subject == "优").Value);
        Assert.Equal(1m, figures.Single(f => f.Subject == "良").Value);
        // seed 004, line 536: 二级项目21个，共计金额7,167.32万元
        Assert.Equal(21m, At(4, 536).First(f => f.Measure == M.Count && f.Subject is null).Value);
        Assert.Equal(7167.32m, At(4, 536).First(f => f.Measure == M.InitialBudget && f.Subject is null).Value);
        // seed 003, line 604: 部门整体支出绩效自评结果为93.7分
        Assert.Equal(93.7m, One(3, 604, T.PerformanceProjects, M.Score).Value);
    }

    [Fact]
    public void Extract_PerformanceAmounts_DoNotLeakIntoBudgetTopics()
    {
        // seed 001, line 693: 其中一般公共预算项目支出3081.159448万元 is the evaluated part, not the 一般公共预算 total.
        Assert.All(At(1, 693), f => Assert.Equal(T.PerformanceProjects, f.Topic));
        // seed 002, line 450: 涉及一般公共预算当年拨款120.33万元 (the 绩效 projects' money)
        Assert.All(At(2, 450), f => Assert.Equal(T.PerformanceProjects, f.Topic));
    }

    [Fact]
    public void Extract_ScoringRulesInNotes_AreNotScores()
    {
        // seed 003, last line: 满分为100分 … 预算执行率10分、资金管理情况20分 describe the scale.
        Assert.DoesNotContain(Figures(3), f => f.Measure == M.Score && f.Value != 93.7m);
    }

    [Fact]
    public void Extract_TableLines_AreNeverProse()
    {
        var document = SampleText.Seed(3);
        var all = document.Lines.Select(l => l.Number).ToHashSet();
        Assert.Empty(new NarrativeExtractor().Extract(document, all));
    }

    private static IReadOnlyList<NarrativeFigure> Figures(int seed)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(seed, out var figures))
            {
                var document = SampleText.Seed(seed);
                figures = new NarrativeExtractor().Extract(document, SampleText.TableLines(document));
                Cache[seed] = figures;
            }

            return figures;
        }
    }

    private static List<NarrativeFigure> At(int seed, int line) => [.. Figures(seed).Where(f => f.Source.Line == line)];

    private static NarrativeFigure One(int seed, int line, string topic, string measure) =>
        Assert.Single(At(seed, line), f => f.Topic == topic && f.Measure == measure && f.Subject is null);

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
