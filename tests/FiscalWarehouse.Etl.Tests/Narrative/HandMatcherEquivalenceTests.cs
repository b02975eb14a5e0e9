using System.Text.RegularExpressions;
using CsCheck;
using FiscalWarehouse.Etl.Narrative;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>
/// The hand-written matchers that replaced regexes and per-phrase searches on the parse's hot path give exactly what
/// the originals gave, on random text drawn from the characters those patterns care about.
/// </summary>
public sealed class HandMatcherEquivalenceTests
{
    private static readonly Regex CodeOnly = new(@"^2\d{2}(?:\d{2}){0,2}$");
    private static readonly Regex Glued = new(@"^(?<code>2\d{2}(?:\d{2}){0,2})\s*(?<name>[\u4e00-\u9fff（(].*)$");
    private static readonly Regex Figure = new(@"(?<![\d.,])(?:(?<inf>∞)|(?<num>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))\s*(?<unit>万元元|万元|元|%|台（套）|台\(套\)|个|辆|台|套|分)");

    [Fact]
    public void TopicPhrases_OneBackwardPass_FindsWhatLastIndexOfPerPhraseFound()
    {
        var alphabet = string.Concat(TopicKeywords.Phrases.Select(k => k.Text).Distinct()) + "，。：、0123456789 其中为比增长";
        var chunks = TopicKeywords.Phrases.Select(k => k.Text).Concat(["，", "为", "123", "万元", "其中"]).ToArray();
        var labels = Gen.OneOf(RandomText.Of(alphabet, 30), RandomText.Phrases(chunks, 6));
        labels.Sample(label => Assert.Equal(Reference(label), TopicKeywords.Find(label)), iter: 20_000);
        Assert.Equal("公务用车购置及运行维护费", TopicKeywords.Find("“三公”经费中公务用车购置及运行维护费")!.Value.Keyword.Text);
    }

    [Fact]
    public void FunctionCodes_HandMatcher_IndexesWhatTheTwoPatternsIndexed()
    {
        var cell = RandomText.Of("2222200123456789０１２ \t\u3000行政运行（）(款)a.-\n", 12);
        cell.Array[1, 4].Sample(cells =>
        {
            var line = new SourceLine(1, string.Join('\t', cells), cells);
            var index = FunctionCodeIndex.Build(new SourceDocument("t.txt", "", SourceFormat.TabSeparatedText, "utf-8", 0, [line]));
            var expected = ReferenceCodes(cells);
            foreach (var code in cells.Select(c => c.Trim()).SelectMany(Prefixes).Distinct())
            {
                Assert.Equal(expected.GetValueOrDefault(code), index.NameOf(code));
            }
        }, iter: 20_000);
        var real = new SourceLine(1, "2080501\t行政单位离退休", ["2080501", "行政单位离退休"]);
        var glued = new SourceLine(2, "20101 人大事务", ["20101 人大事务"]);
        var seeded = FunctionCodeIndex.Build(new SourceDocument("t.txt", "", SourceFormat.TabSeparatedText, "utf-8", 0, [real, glued]));
        Assert.Equal("行政单位离退休", seeded.NameOf("2080501"));
        Assert.Equal("人大事务", seeded.NameOf("20101"));
    }

    [Fact]
    public void NumberScanner_ValueMatches_GiveTheTokensGroupsGave()
    {
        var sentences = RandomText.Of("0123456789,，.∞ 万元元%台（套）(套)个辆套分钟以上含/百分点年", 40);
        sentences.Sample(sentence => Assert.Equal(ReferenceTokens(sentence), NumberScanner.Scan(sentence)), iter: 20_000);
        var read = NumberScanner.Scan("支出2,175.87万元，增长1.71%，车辆3辆");
        Assert.Equal([AmountUnit.TenThousandYuan, AmountUnit.Percent, AmountUnit.Count], read.Select(t => t.Unit));
        Assert.Equal([2175.87m, 1.71m, 3m], read.Select(t => t.Value!.Value));
        Assert.Equal("2,175.87万元", read[0].Printed);
    }

    [Fact]
    public void FigureMatcher_FindsExactlyTheMatchesOfTheFigurePattern()
    {
        // Digits of three scripts (\d is Unicode), separators and points of both widths, every whitespace kind \s
        // takes, the units' characters, ∞ and ideographs around them.
        var sentences = Gen.OneOf(
            RandomText.Of("0123456789٣３,，.．∞ \t\u3000\u00A0万元元%台（套）(套)个辆套分钟年支出为", 40),
            RandomText.Of("0123,，.万元%台（套）分 ", 24));
        sentences.Sample(sentence => Assert.Equal(RegexMatches(sentence), HandMatches(sentence)), iter: 50_000);
        Assert.Equal([(2, 11), (16, 5), (24, 3)], HandMatches("支出2,175.87 万元，增长1.71%，车辆3 辆"));
        Assert.Equal([(3, 2)], HandMatches("共3，5元"));
        Assert.Empty(HandMatches("1,2345元 12.5.3元 x.5元"));
    }

    private static List<(int Index, int Length)> RegexMatches(string sentence) =>
        [.. Figure.Matches(sentence).Select(m => (m.Index, m.Length))];

    private static List<(int Index, int Length)> HandMatches(string sentence)
    {
        var found = new List<(int, int)>();
        var from = 0;
        while (FigureMatcher.Next(sentence, from, out var index, out var length))
        {
            found.Add((index, length));
            from = index + length;
        }

        return found;
    }

    // The search as it was: LastIndexOf of every phrase; the weighing is the one Find uses.
    private static (TopicKeyword Keyword, int Start)? Reference(string label) =>
        TopicKeywords.Pick([.. TopicKeywords.Phrases.Select(k => label.LastIndexOf(k.Text, StringComparison.Ordinal))]);

    private static Dictionary<string, string> ReferenceCodes(string[] cells)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Length; i++)
        {
            var text = cells[i].AsSpan().TrimStart();
            if (text.Length == 0 || text[0] != '2')
            {
                continue;
            }

            var cell = cells[i].Trim();
            var glued = Glued.Match(cell);
            if (glued.Success)
            {
                Add(names, glued.Groups["code"].Value, glued.Groups["name"].Value);
                continue;
            }

            if (!CodeOnly.IsMatch(cell))
            {
                continue;
            }

            var name = cells.Skip(i + 1).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
            if (name is not null && !CodeOnly.IsMatch(name) && !char.IsAsciiDigit(name[0]))
            {
                Add(names, cell, name);
            }
        }

        return names;
    }

    private static void Add(Dictionary<string, string> names, string code, string name)
    {
        var key = FunctionCodeIndex.Key(name);
        if (key.Length > 0)
        {
            names.TryAdd(code, key);
        }
    }

    private static IEnumerable<string> Prefixes(string cell) =>
        new[] { 3, 5, 7 }.Where(n => cell.Length >= n).Select(n => cell[..n]);

    private static List<NumberToken> ReferenceTokens(string sentence)
    {
        var tokens = new List<NumberToken>();
        foreach (Match match in Figure.Matches(sentence))
        {
            var unitText = match.Groups["unit"].Value;
            var after = match.Index + match.Length;
            decimal? value = null;
            if (!match.Groups["inf"].Success)
            {
                if (!CellParser.TryNumber(match.Groups["num"].Value, out var parsed, out _))
                {
                    continue;
                }

                value = parsed;
            }

            if (ReferenceIsLabel(sentence, after, unitText) || UnitOf(unitText) is not { } unit)
            {
                continue;
            }

            tokens.Add(new NumberToken(match.Index, after, value, unit, match.Value));
        }

        return tokens;
    }

    private static AmountUnit? UnitOf(string unit) => unit switch
    {
        "万元" or "万元元" => AmountUnit.TenThousandYuan,
        "元" => AmountUnit.Yuan,
        "%" => AmountUnit.Percent,
        "分" => AmountUnit.Score,
        "个" or "辆" or "台" or "套" or "台（套）" or "台(套)" => AmountUnit.Count,
        _ => null,
    };

    private static bool ReferenceIsLabel(string sentence, int after, string unit)
    {
        var rest = sentence.AsSpan(after);
        return unit switch
        {
            "万元" or "元" => rest.StartsWith("（含）") || rest.StartsWith("(含)") || rest.StartsWith("以上") || rest.StartsWith("以下")
                || rest.StartsWith("/") || (rest.Length > 0 && rest[0] is '（' or '(' && rest[..Math.Min(rest.Length, 8)].Contains("以上", StringComparison.Ordinal)),
            "个" => rest.StartsWith("百分点") || rest.StartsWith("月") || rest.StartsWith("工作日"),
            "分" => rest.StartsWith("钟") || rest.StartsWith("之") || rest.StartsWith("别") || rest.StartsWith("类") || rest.StartsWith("配") || rest.StartsWith("析"),
            _ => false,
        };
    }
}
