using System.Text;
using FiscalWarehouse.Generator.Defects;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator.Tests;

/// <summary>The truth points at real text: each fact's source line prints its value, labels and the declared encoding decode.</summary>
public sealed class TruthLineTests(SmallCorpus corpus) : IClassFixture<SmallCorpus>
{
    static TruthLineTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static string[] Lines(GeneratedReport report)
    {
        var text = report.Style.Encoding == TextEncoding.Gb18030
            ? Encoding.GetEncoding("GB18030").GetString(report.Bytes)
            : new UTF8Encoding(false, true).GetString(report.Bytes);
        return text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public void EveryFact_ItsSourceLinePrintsItsValueAndLabel()
    {
        var checkedFacts = 0;
        foreach (var report in corpus.Reports.Where(r => !r.Defects.Any(d => d.Kind is DefectKind.InvalidBytes)))
        {
            var lines = Lines(report);
            foreach (var fact in report.Facts)
            {
                var line = lines[fact.SourceLine - 1].Replace(",", "", StringComparison.Ordinal);
                if (fact.Value.Length > 0)
                {
                    Assert.Contains(fact.Value, line, StringComparison.Ordinal);
                }

                var label = System.Net.WebUtility.HtmlEncode(fact.RowLabel);
                if (fact.TableId == "final_three_public" && fact.RowLabel == "合计")
                {
                    // The 决算 三公 table has no key column: its one line of figures is the entity's 合计 by meaning,
                    // not by print (seed 003, line 470), so the label cannot be on the line.
                    checkedFacts++;
                    continue;
                }

                Assert.True(report.Style.Format == OutputFormat.Html ? line.Contains(label, StringComparison.Ordinal) : line.Contains(fact.RowLabel, StringComparison.Ordinal),
                    $"{report.FileName}:{fact.SourceLine} lacks label {fact.RowLabel}");
                checkedFacts++;
            }
        }

        Assert.True(checkedFacts > 10_000, $"only {checkedFacts} facts");
    }

    [Fact]
    public void Yuan_ValuesAreTenThousandTimesAndUnitSaysYuan()
    {
        var yuan = corpus.Reports.First(r => r.Style.Yuan && r.Defects.Count == 0);
        Assert.All(yuan.Facts, f => Assert.Equal("元", f.Unit));
        Assert.Contains(Lines(yuan), l => l.Contains("单位：元", StringComparison.Ordinal));
        Assert.All(yuan.Facts.Where(f => f.Value.Length > 0 && f.Column != "统计数"), f => Assert.EndsWith("00.00", f.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void SplitCodes_PrintsClassSectionItemColumnsAndTruthJoinsThem()
    {
        var split = corpus.Reports.First(r => r.Style.SplitCodes && r.Defects.Count == 0);
        var lines = Lines(split);
        var fact = split.Facts.First(f => f.RowCode.Length == 7);
        var printed = lines[fact.SourceLine - 1];
        Assert.Contains(fact.RowCode[..3], printed, StringComparison.Ordinal);
        Assert.DoesNotContain(fact.RowCode, printed, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("类", StringComparison.Ordinal) && l.Contains("款", StringComparison.Ordinal) && l.Contains("项", StringComparison.Ordinal));
    }

    [Fact]
    public void HostileUnitName_IsEscapedInHtmlAndKeptVerbatimInTruth()
    {
        var hostile = CorpusGenerator.Generate(SmallCorpus.Options with { HostileUnitName = true, Formats = [OutputFormat.Html], DefectRate = 0m }).First();
        var text = Encoding.UTF8.GetString(hostile.Bytes);

        Assert.Contains("<script>", hostile.Unit, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", text, StringComparison.Ordinal);
    }
}
