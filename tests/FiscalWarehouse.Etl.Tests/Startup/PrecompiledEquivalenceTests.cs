using CsCheck;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Etl.Validation.Evaluators;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Startup;

/// <summary>
/// The loops that replaced LINQ over value tuples and doubles (so the code is precompiled instead of JIT-compiled in
/// every process; docs/benchmarks.md, round 11) give what the LINQ gave, on generated inputs.
/// </summary>
public sealed class PrecompiledEquivalenceTests
{
    private static readonly double[] Special = [double.NaN, double.NegativeInfinity, double.PositiveInfinity, -0.0, 0.0, 1e-300, -1e300, 72.5, 72.5];

    [Fact]
    public void HeapSort_OrdersAsArraySortDoes_WithNaNInfinitiesZerosAndRepeats()
    {
        var values = Gen.OneOf(Gen.Double[-1000, 1000], Gen.Int[0, Special.Length - 1].Select(i => Special[i]));
        values.Array[0, 300].Sample(input =>
        {
            var expected = (double[])input.Clone();
            Array.Sort(expected);
            var actual = (double[])input.Clone();
            TableGrid.HeapSort(actual);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(0, expected[i].CompareTo(actual[i]));
            }
        });
    }

    [Fact]
    public void FigureGroups_GroupAsGroupByDid_InFirstAppearanceOrder()
    {
        var topics = new[] { "三公经费", "一般公共预算支出", "人员经费" };
        var subjects = new[] { null, "201", "教育支出" };
        var sentences = new[] { "年初预算198.55万元，支出决算218.23万元。", "比上年增加10.00万元。", "完成年初预算的109.91%。", "" };
        var figure = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[1, 6], (t, s, x, line) =>
            new NarrativeFigure(topics[t], Meanings.Measure.FinalAccount, subjects[s], 1m, AmountUnit.TenThousandYuan, "1", sentences[x], new SourceRef("a.txt", line)));
        figure.List[0, 40].Sample(figures =>
        {
            var byLine = FigureGroups.Of(figures, FigureGroups.ByLine);
            var expectedByLine = figures.GroupBy(f => (f.Source.Line, f.Topic, f.Subject)).ToList();
            Assert.Equal(expectedByLine.Count, byLine.Count);
            for (var i = 0; i < byLine.Count; i++)
            {
                Assert.Equal(expectedByLine[i].Key.Subject, byLine[i].Key.Subject);
                Assert.Equal(expectedByLine[i].ToList(), byLine[i].Figures);
            }

            var bySentence = FigureGroups.Of(figures, FigureGroups.BySentence);
            var expectedBySentence = figures.GroupBy(f => (f.Sentence, f.Topic, f.Subject)).ToList();
            Assert.Equal(expectedBySentence.Count, bySentence.Count);
            for (var i = 0; i < bySentence.Count; i++)
            {
                Assert.Equal(expectedBySentence[i].Key.Sentence, bySentence[i].Key.Sentence);
                Assert.Equal(expectedBySentence[i].ToList(), bySentence[i].Figures);
            }
        });
    }

    [Fact]
    public void UnitCandidates_Best_IsWhatOrderByThenByFirstGave()
    {
        var names = new[] { "上海市审计局", "上海市市级", "平顶山市工业和信息化局", "部门预算", "单位名称", "高平市工业服务中心" };
        var offer = Gen.Select(Gen.Int[0, names.Length - 1], Gen.Int[UnitCandidates.CoverLabel, UnitCandidates.FileName], (n, rank) => (Name: names[n], Rank: rank));
        offer.List[0, 8].Sample(offers =>
        {
            var candidates = new UnitCandidates();
            foreach (var (name, rank) in offers)
            {
                candidates.Offer(name, new SourceLine(1, name, [name]), "a.txt", rank);
            }

            var expected = offers.OrderBy(o => OrganizationName.Looks(o.Name) ? 0 : 1).ThenBy(o => o.Rank).FirstOrDefault();
            Assert.Equal(expected.Name ?? "", candidates.Best().Name);
            Assert.Equal(offers.Any(o => o.Rank <= UnitCandidates.CoverTitle && OrganizationName.Looks(o.Name)), candidates.HasStrong);
        });
    }
}
