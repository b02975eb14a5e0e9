using FiscalWarehouse.Model.Text;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Tests.Marts;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

/// <summary>
/// The SQL macro fw_name_key (sql/marts/00_mart_functions.sql) and the loader's key (UnitNames.Normalize, i.e.
/// PrintedKey.Name after NFKC) must give one key for one printed name: mart_region_summary matches a printed 主管部门 to
/// dim_unit.normalized_name with the macro. Quotes stay in a name (they are shown); the matching key drops them.
/// </summary>
public sealed class NameKeySqlTests
{
    [Theory]
    [InlineData("襄垣县 工业和信息化局（本级）", "襄垣县工业和信息化局(本级)")]
    [InlineData("【单位】泽州县工信局", "(单位)泽州县工信局")]
    [InlineData("〔2023〕平顶山市工业和信息化局", "(2023)平顶山市工业和信息化局")]
    [InlineData("［本级］高平市\u3000工业和信息化局", "(本级)高平市工业和信息化局")]
    [InlineData("[本级]大同市信息和新材料应用推广中心", "(本级)大同市信息和新材料应用推广中心")]
    [InlineData("ＸＸ市\u00a0财政局ＩＴ中心１２", "XX市财政局IT中心12")]
    [InlineData("“十四五”规划办公室", "“十四五”规划办公室")]
    [InlineData("＂两新＂工委＊", "\"两新\"工委*")]
    [InlineData("高平市\t工业\r\n和信息化局\u200b\ufeff", "高平市工业和信息化局")]
    [InlineData("泽州县：工信局，本级；", "泽州县:工信局,本级;")]
    [InlineData("平顶山市工业和信息化局", "平顶山市工业和信息化局")]
    public void SqlMacro_SameKeyAsTheLoader(string printed, string key)
    {
        using var w = new MartWarehouse();
        var sql = w.Single("select fw_name_key($p) as k", ("p", printed)).Str("k");

        Assert.Equal(key, UnitNames.Normalize(printed));
        Assert.Equal(key, PrintedKey.Name(printed));
        Assert.Equal(key, sql);
    }

    [Fact]
    public void SqlMacro_EveryFullWidthFormAndSpace_SameKeyAsTheLoader()
    {
        // The whole full-width block, every bracket style and every whitespace character the key drops, in one name.
        var fullWidth = string.Concat(Enumerable.Range(0xFF01, 0xFF5E - 0xFF01 + 1).Select(c => (char)c));
        var printed = "单位" + fullWidth + "【】〔〕［］[]“”‘’\"'「」『』* \t\u00a0\u3000\u2003\u202f\u200b\ufeff局";
        using var w = new MartWarehouse();
        var sql = w.Single("select fw_name_key($p) as k", ("p", printed)).Str("k");

        Assert.Equal(UnitNames.Normalize(printed), sql);
        Assert.Equal(PrintedKey.Name(printed), sql);
        Assert.StartsWith("单位!\"#$%&'()*+,-./0123456789:;<=>?@ABC", sql, StringComparison.Ordinal);
        Assert.EndsWith("xyz{|}~()()()()“”‘’\"'「」『』*局", sql, StringComparison.Ordinal);
        Assert.Equal(PrintedKey.Of(sql), PrintedKey.Of(printed));
    }
}
