using CsCheck;
using FiscalWarehouse.Warehouse.Loading;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

public sealed class UnitNamesTests
{
    // Ideographs, ASCII, the brackets and spaces that fold, full-width forms, and compatibility characters NFKC rewrites.
    private static readonly Gen<string> PrintedNames = Gen.String[Gen.OneOf(
        Gen.Char['\u4e00', '\u9fff'], Gen.Char[' ', '~'],
        Gen.Char["（）【】〔〕［］　\u00a0\u200b\ufeff、。：Ａ１①㈠\uf900⼀\t“”\"'*＂＊"]), 0, 20];

    [Fact]
    public void Normalize_AnyPrintedName_SameAsTheFullFold()
    {
        PrintedNames.Sample(name => Assert.Equal(UnitNames.Fold(name), UnitNames.Normalize(name)), iter: 5_000);
    }

    [Theory]
    [InlineData("高平市工业和信息化局", "高平市工业和信息化局")]
    [InlineData("襄垣县 工业和信息化局（本级）", "襄垣县工业和信息化局(本级)")]
    [InlineData("【单位】泽州县工信局", "(单位)泽州县工信局")]
    [InlineData("<b>高平市工业和信息化局</b>", "高平市工业和信息化局")]
    [InlineData("高平市工业和信息化局&nbsp;", "高平市工业和信息化局")]
    [InlineData("&lt;span&gt;高平市工业和信息化局&lt;/span&gt;", "高平市工业和信息化局")]
    [InlineData("<p class=\"title\">高平市<br/>工业和信息化局</p>", "高平市工业和信息化局")]
    public void Normalize_PrintedName_OneKey(string printed, string key)
    {
        Assert.Equal(key, UnitNames.Normalize(printed));
    }
}
