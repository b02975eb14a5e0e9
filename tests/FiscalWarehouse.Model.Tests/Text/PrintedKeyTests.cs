using CsCheck;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Model.Tests.Text;

public sealed class PrintedKeyTests
{
    [Theory]
    // wrap spaces of a header cell (fiscal-reports.md §5) and the ideographic space
    [InlineData("上缴 上级 支出", "上缴上级支出")]
    [InlineData("一般公共\u3000预算\u00a0财政拨款", "一般公共预算财政拨款")]
    // one bracket direction, half width, whatever the printed style
    [InlineData("因公出国（境）费", "因公出国(境)费")]
    [InlineData("因公出国(境)费", "因公出国(境)费")]
    [InlineData("【本级】〔2023〕［机关］[事业]", "(本级)(2023)(机关)(事业)")]
    // full width folded: digits, colon, comma, letters
    [InlineData("表１：２０２４年收支总表，ＡＢ", "表1:2024年收支总表,AB")]
    // quotes, markdown emphasis, zero-width characters dropped
    [InlineData("“三公”经费**合计**\u200b\ufeff", "三公经费合计")]
    [InlineData("「行政运行」『项』'x'\"y\"", "行政运行项xy")]
    // full-width quote and asterisk go like their ASCII forms
    [InlineData("＂三公＂＊", "三公")]
    // kept as printed: ideographs, CJK punctuation that has no half-width form
    [InlineData("基本支出、项目支出。", "基本支出、项目支出。")]
    [InlineData("", "")]
    public void Of_PrintedVariants_OneKey(string printed, string key) => Assert.Equal(key, PrintedKey.Of(printed));

    [Fact]
    public void Of_NullIsEmpty() => Assert.Equal("", PrintedKey.Of(null));

    [Fact]
    public void Of_TextThatIsItsOwnKey_SameInstance()
    {
        // Most cells need no change: the key must not copy them (it runs on every cell of every table).
        var text = "一般公共服务支出2010101";
        Assert.Same(text, PrintedKey.Of(text));
    }

    [Fact]
    public void Of_EveryWhiteSpaceCharacter_Dropped()
    {
        var all = string.Concat(Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(char.IsWhiteSpace));
        Assert.Equal("合计", PrintedKey.Of("合" + all + "计"));
    }

    [Fact]
    public void Of_IsIdempotent()
    {
        var printed = "（一）“三公”经费　【本级】ＡＢ１２：";
        Assert.Equal(PrintedKey.Of(printed), PrintedKey.Of(PrintedKey.Of(printed)));
    }

    [Fact]
    public void IsLongerThan_AnyText_AsTheKeysLength() =>
        // Characters the key keeps, folds and drops, so the count must follow the key's own rules.
        Gen.Select(Gen.Char["全年预算执行数 \u3000“”*（）【】ＡＢ１２:"].Array[0, 30].Select(chars => new string(chars)), Gen.Int[0, 20]).Sample((text, limit) =>
            PrintedKey.IsLongerThan(text, limit) == PrintedKey.Of(text).Length > limit);
}
