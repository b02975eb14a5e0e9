using System.Text;
using FiscalWarehouse.Generator.Defects;

namespace FiscalWarehouse.Generator.Tests;

/// <summary>Planted defects are real: the printed numbers at the recorded line break the identity they claim to break.</summary>
public sealed class DefectTests(SmallCorpus corpus) : IClassFixture<SmallCorpus>
{
    [Fact]
    public void Corpus_PlantsEveryDefectKind()
    {
        var many = new[] { 1UL, 2UL, 3UL }.SelectMany(seed => CorpusGenerator.Generate(SmallCorpus.Options with { DefectRate = 1m, Seed = seed })).SelectMany(r => r.Defects).Select(d => d.Kind).Distinct();
        Assert.Equal(DefectKind.All.Order(), many.Order());
    }

    [Fact]
    public void WrongTotal_TotalRowDiffersFromSumOfClasses()
    {
        foreach (var (report, defect) in Defects(DefectKind.WrongTotal))
        {
            var v = new FactView(report.Facts);
            var column = v.Columns(defect.TableId!).Single(c => c.EndsWith("基本支出", StringComparison.Ordinal));
            var rows = v.Rows(defect.TableId!).ToList();
            var sum = rows.Where(r => r.Code.Length == 3).Sum(r => v.At(defect.TableId!, r.Line, column));
            Assert.Equal(defect.Expected, sum);
            Assert.Equal(defect.Printed, v.At(defect.TableId!, defect.Line, column));
        }
    }

    [Fact]
    public void ItemSum_SectionDiffersFromSumOfItems()
    {
        foreach (var (report, defect) in Defects(DefectKind.ItemSum))
        {
            var v = new FactView(report.Facts);
            var table = defect.TableId!;
            var section = v.Rows(table).Single(r => r.Line == defect.Line);
            var column = v.Columns(table).First();
            var items = v.Rows(table).Where(r => r.Code.Length == 7 && r.Code.StartsWith(section.Code, StringComparison.Ordinal)).Sum(r => v.At(table, r.Line, column));
            Assert.Equal(defect.Expected, v.At(table, defect.Line, column));
            Assert.Equal(defect.Printed, items);
        }
    }

    [Fact]
    public void NarrativeRate_PrintedRateIsOnTheLineAndWrong()
    {
        foreach (var (report, defect) in Defects(DefectKind.NarrativeRate))
        {
            var line = TruthLineTests.Lines(report)[defect.Line - 1];
            Assert.Contains($"完成年初预算的{defect.Printed:0.00}%", line, StringComparison.Ordinal);
            Assert.NotEqual(defect.Expected, defect.Printed);
        }
    }

    [Fact]
    public void InvalidBytes_AreNeitherUtf8NorGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var strictGb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        foreach (var (report, _) in Defects(DefectKind.InvalidBytes, all: true))
        {
            Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(report.Bytes));
            Assert.Throws<DecoderFallbackException>(() => strictGb.GetString(report.Bytes));
        }
    }

    [Fact]
    public void Truncated_EndsWithoutNewlineAndTruthStopsBeforeTheCut()
    {
        foreach (var (report, defect) in Defects(DefectKind.Truncated, all: true))
        {
            Assert.NotEqual((byte)'\n', report.Bytes[^1]);
            Assert.All(report.Facts, f => Assert.True(f.SourceLine < defect.Line));
            Assert.Null(report.ExecutionRate);
        }
    }

    private IEnumerable<(GeneratedReport Report, PlantedDefect Defect)> Defects(string kind, bool all = false)
    {
        var reports = all ? CorpusGenerator.Generate(SmallCorpus.Options with { DefectRate = 1m }) : corpus.Reports.Concat(CorpusGenerator.Generate(SmallCorpus.Options with { DefectRate = 1m, Seed = 5 }));
        var found = reports.SelectMany(r => r.Defects.Where(d => d.Kind == kind).Select(d => (r, d))).ToList();
        Assert.NotEmpty(found);
        return found;
    }
}
