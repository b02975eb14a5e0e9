using FiscalWarehouse.Generator;

namespace FiscalWarehouse.Generator.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Generate_SameSeed_SameBytesAndTruth()
    {
        var a = CorpusGenerator.Generate(SmallCorpus.Options).ToList();
        var b = CorpusGenerator.Generate(SmallCorpus.Options).ToList();

        Assert.Equal(a.Select(r => r.FileName), b.Select(r => r.FileName));
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Bytes, b[i].Bytes);
            Assert.Equal(a[i].Facts, b[i].Facts);
            Assert.Equal(a[i].Defects.Select(d => (d.Kind, d.Line, d.Expected, d.Printed)), b[i].Defects.Select(d => (d.Kind, d.Line, d.Expected, d.Printed)));
        }
    }

    [Fact]
    public void Generate_OtherSeed_OtherCorpus()
    {
        var a = CorpusGenerator.Generate(SmallCorpus.Options).First();
        var b = CorpusGenerator.Generate(SmallCorpus.Options with { Seed = 2 }).First();

        Assert.NotEqual(a.Bytes, b.Bytes);
    }

    [Fact]
    public void Generate_CorpusCoversFormatsPhasesVariantsAndMissingReports()
    {
        var corpus = new SmallCorpus().Reports;
        var expectedMax = SmallCorpus.Options.Counties * SmallCorpus.Options.UnitsPerCounty * 3 * 2;

        Assert.Equal(3, corpus.Select(r => r.Style.Format).Distinct().Count());
        Assert.Contains(corpus, r => r.Phase == "预算");
        Assert.Contains(corpus, r => r.Phase == "决算");
        Assert.Contains(corpus, r => r.Style.Yuan);
        Assert.Contains(corpus, r => r.Style.SplitCodes);
        Assert.Contains(corpus, r => r.Style.PageBreakTable is not null);
        Assert.Contains(corpus, r => r.Style.Encoding == Writing.TextEncoding.Gb18030);
        Assert.True(corpus.Count < expectedMax, "some units miss some years");
    }
}
