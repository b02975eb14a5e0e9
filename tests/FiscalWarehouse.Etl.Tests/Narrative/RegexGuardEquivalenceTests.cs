using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using FiscalWarehouse.Etl.Narrative;
using FiscalWarehouse.Etl.Reading;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>
/// The first/last-character tests that now skip the anchored regexes of titles, zone lines and narrative labels, the
/// measure words removed by hand and the one-pass strict UTF-8 decode give exactly what the regexes (and
/// <c>UTF8Encoding.GetString</c>) gave, on random text drawn from the characters the patterns care about.
/// </summary>
public sealed class RegexGuardEquivalenceTests
{
    // The patterns as they are in LabelText, TextKey, TableTitle and ClauseResolver, run without any guard.
    private static readonly Regex Ordinal = new(@"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}[、.．](?!\d))");
    private static readonly Regex Leading = new("^(?:其中|主要包括|包括|主要用于|用于|涉及|涵盖|共计|共有|合计|总计|共|为|是|均为|各|：|:|，|、|本部门|我部门|本单位|我单位|截至|截止)");
    private static readonly Regex Trailing = new("(?:年初预算数|年初预算|全年预算数|全年预算|调整预算|预算数|预算|决算数|支出决算|决算|执行数|总额|为|的|共|约|达|合计)$");
    private static readonly Regex Years = new(@"(?:20\d\d年度?|本年度?|当年|全年|上年度?|年初|年末|期末)");
    private static readonly Regex LevelMarker = new(@"（\d{0,3}[类款项]）");
    private static readonly Regex TitleNumberPrefix = new(@"^(?:附?表(?:[一二三四五六七八九十]{1,3}|\d{1,3}(?=\d{4}年|\D|$))|(?:部门|单位|预算|决算)?公开表?\d{1,3}(?=\d{4}年|\D|$)表?|附件\d{1,2}(?=\d{4}年|\D|$))");
    private static readonly Regex YearWords = new(@"\(?\d{4}年(?:度)?\)?");
    private static readonly Regex Prefix = new(@"^(?:[:、.．\-]+|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．])");
    private static readonly Regex Suffix = new(@"(?:\((?:部门|单位)?(?:预算|决算)?(?:公开)?表?[\d一二三四五六七八九十]{1,3}表?\)|\((?:金额)?单位:?(?:万元|元)\)|(?:部门|单位)?(?:预算|决算)?公开表?\d{1,3}表?|[\-—]\d{1,2})+$");
    private static readonly Regex MeasureWordsPattern = new("决算数|决算|年初预算数|年初预算|全年预算数|全年预算|预算数|预算安排|预算|占比|占|增长率|降低率|下降率|增长|下降|降低|增加|减少|完成率|完成|执行率|执行数|结转|相比|同比|比|较|与|总额|金额|资金|上年|涉及|了|为|的|数");

    private static readonly Regex NumberLine = new(@"^(?:(?:部门|单位|预算|决算)?公开表?\d{1,3}表?|附?表[一二三四五六七八九十\d]{1,3}|附件\d{1,2})$");
    private static readonly Regex YearLine = new(@"^\(?\d{4}年度?\)?$");
    private static readonly Regex NoteLine = new(@"^\(?(?:注|说明|备注|附注)(?:\d|:|\(|：|、|\.)");
    private static readonly Regex UnitWords = new(@"(?:金额)?单位[:]?\(?(万元|元)\)?|^\((万元|元)\)$");
    private static readonly Regex EntityLine = new(@"^(?:部门|单位|预算单位|编制单位)(?:名称)?:(.+)$");
    private static readonly Regex SectionLine = new(@"^(?:第[一二三四五六七八九十]{1,3}部分|目录$)");
    private static readonly Regex NothingSpent = new(@"^\(?(?:注|说明)[:：]?.{0,40}(?:没有使用|没有安排|未安排|无发生额|不涉及|无此项|无相关)");

    private static readonly string[] ZoneChunks =
    [
        "公开表1", "部门公开表02表", "附表三", "附件1", "(2024年度)", "2023年", "注:", "说明：", "备注1", "附注、", "(注", "单位:", "金额单位：万元", "(元)",
        "(万元)", "部门名称:", "编制单位:", "预算单位", "第一部分", "目录", "没有使用", "本表无数据", "无", "收支总表", "，", "。", "X局", " ",
    ];

    private static readonly string[] LabelChunks =
    [
        "第一部分", "一、", "（二）", "3、", "12.", "1.5", "其中", "主要用于", "本单位", "截至", "2023年度", "本年", "上年", "期末", "年初预算数", "决算",
        "执行数", "合计", "为", "的", "（类）", "（12款）", "（项）", "基本支出", "人员经费", "：", "，", "\n", "０", "１", "约", "达",
    ];

    private static readonly string[] TitleChunks =
    [
        "附表1", "表三", "公开表02", "部门公开表3表", "附件2", "2024年", "(2023年度)", "收支总表", "一、", "3、", ":", "-", "—2", "(预算表1)",
        "(单位:万元)", "(金额单位:元)", "部门预算公开表10", "表", "０", "\n", " ", "：",
    ];

    [Fact]
    public void LabelText_Guards_GiveWhatTheRegexesGave()
    {
        var labels = Gen.OneOf(RandomText.Phrases(LabelChunks, 6), RandomText.Of(string.Concat(LabelChunks), 16));
        labels.Sample(label =>
        {
            Assert.Equal(ReferenceItemName(label), LabelText.ItemName(label));
            Assert.Equal(Leading.Replace(Ordinal.Replace(label, ""), ""), LabelText.Head(label));
            Assert.Equal(LevelMarker.Replace(label, ""), LabelText.WithoutLevelMarkers(label));
        }, iter: 20_000);
        Assert.Equal("基本支出", LabelText.ItemName("（一）其中2023年基本支出决算数为"));
    }

    [Fact]
    public void Titles_Guards_GiveWhatTheRegexesGave()
    {
        var titles = Gen.OneOf(RandomText.Phrases(TitleChunks, 5), RandomText.Of(string.Concat(TitleChunks), 14));
        titles.Sample(title =>
        {
            var key = YearWords.Replace(TitleNumberPrefix.Replace(TextKey.Of(title), ""), "");
            Assert.Equal(key, TextKey.Title(title));
            Assert.Equal(Suffix.Replace(Prefix.Replace(key, ""), ""), TableTitle.Key(title));
        }, iter: 20_000);
        Assert.Equal("预算收支总表", TextKey.Title("附件2 预算收支总表"));
        Assert.Equal("预算收支总表", TextKey.Title("2024年预算收支总表"));
        // A numbering printed against the year keeps the year whole, so the year is removed too.
        Assert.Equal("预算收支总表", TextKey.Title("表一2024年预算收支总表"));
        Assert.Equal("预算收支总表", TextKey.Title("表12024年预算收支总表"));
        Assert.Equal("财政拨款收支总表", TextKey.Title("附件2 2024年财政拨款收支总表"));
        Assert.Equal("部门收支总表", TextKey.Title("部门公开表12025年部门收支总表"));
        Assert.Equal("收支总表", TextKey.Title("表12收支总表"));
        Assert.Equal("收入支出决算总表", TableTitle.Key("一、收入支出决算总表（部门公开表1）"));
    }

    [Fact]
    public void MeasureWords_ByHand_RemoveWhatTheAlternationRemoved()
    {
        var words = MeasureWords.Words.Concat(["基本", "支出", "项目", "比较", "预算安", "决"]).ToArray();
        Gen.OneOf(RandomText.Phrases(words, 6), RandomText.Of(string.Concat(words), 12))
            .Sample(item => Assert.Equal(MeasureWordsPattern.Replace(item, ""), MeasureWords.Remove(item)), iter: 20_000);
        Assert.Equal("基本支出", MeasureWords.Remove("基本支出决算数比上年增长"));
    }

    [Fact]
    public void Utf8_OnePass_DecodesWhatStrictGetStringDecoded()
    {
        var strict = new UTF8Encoding(false, true);
        // Valid text, and bytes cut or corrupted anywhere in it (a truncated sequence, a stray continuation byte).
        var texts = RandomText.Of("预算决算ab1２，。\n\t😀", 20).Select(t => Encoding.UTF8.GetBytes(t));
        var damaged = Gen.Select(texts, Gen.Int[0, 40], Gen.Byte, (b, at, value) =>
        {
            var copy = b.ToArray();
            if (copy.Length > 0)
            {
                copy[at % copy.Length] = value;
            }

            return copy;
        });
        Gen.OneOf(texts, damaged, texts.Select(b => b.Length > 1 ? b[..^1] : b)).Sample(bytes =>
        {
            string? expected;
            try
            {
                expected = strict.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                expected = null;
            }

            Assert.Equal(expected, TextDecoder.TryDecodeUtf8(bytes));
        }, iter: 20_000);
        Assert.Equal(("预算", "utf-8"), TextDecoder.Decode("t.txt", Encoding.UTF8.GetBytes("预算")));
        Assert.Equal("gb18030", TextDecoder.Decode("t.txt", Encoding.GetEncoding("GB18030").GetBytes("预算公开")).EncodingName);
    }

    [Fact]
    public void ZoneLines_Guards_ClassifyAsTheRegexesClassified()
    {
        Gen.OneOf(RandomText.Phrases(ZoneChunks, 4), RandomText.Of(string.Concat(ZoneChunks), 12))
            .Sample(text => Assert.Equal(ReferenceKind(text), ZoneLine.Classify(text)), iter: 20_000);
        Assert.Equal(ZoneLineKind.Unit, ZoneLine.Classify("金额单位：万元"));
        Assert.Equal(ZoneLineKind.Number, ZoneLine.Classify("部门公开表02表"));
    }

    // ZoneLine.Classify as it was, every pattern tried on every key.
    private static ZoneLineKind ReferenceKind(string text)
    {
        var key = TextKey.Of(text);
        var unit = UnitWords.Match(key);
        return key.Length == 0 ? ZoneLineKind.Blank
            : NumberLine.IsMatch(key) ? ZoneLineKind.Number
            : YearLine.IsMatch(key) ? ZoneLineKind.Year
            : NoteLine.IsMatch(key) || ReferenceNoData(key) ? ZoneLineKind.Note
            : unit.Success && key.Length <= 40 ? ZoneLineKind.Unit
            : EntityLine.IsMatch(key) ? ZoneLineKind.Entity
            : SectionLine.IsMatch(key) ? ZoneLineKind.Section
            : key.Contains(':', StringComparison.Ordinal) ? ZoneLineKind.Meta
            : key.Length <= 80 && !key.EndsWith('。') && !key.EndsWith('；') && !key.EndsWith(';') && key.Count(c => c == '，') <= 1 ? ZoneLineKind.Title
            : ZoneLineKind.Prose;
    }

    private static bool ReferenceNoData(string key) =>
        key.Contains("本表无数据", StringComparison.Ordinal) || key.Contains("此表为空", StringComparison.Ordinal)
        || key.Contains("本表为空", StringComparison.Ordinal) || key.Contains("表无数据", StringComparison.Ordinal)
        || key.Contains("本表无", StringComparison.Ordinal) || key is "无" or "说明:无" or "注:无" or "空表" || NothingSpent.IsMatch(key);

    private static string ReferenceItemName(string label)
    {
        var s = Ordinal.Replace(label, "");
        var previous = "";
        while (!string.Equals(previous, s, StringComparison.Ordinal))
        {
            previous = s;
            s = Leading.Replace(s, "");
            s = Trailing.Replace(s, "");
        }

        s = Years.Replace(s, "");
        return s.Trim('，', '、', '：', ':', '；', '（', '）', '.', '。');
    }
}
