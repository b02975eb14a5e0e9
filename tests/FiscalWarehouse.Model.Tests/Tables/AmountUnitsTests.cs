using CsCheck;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Model.Tests.Tables;

public sealed class AmountUnitsTests
{
    [Theory]
    [InlineData("218.23", 2_182_300)] // seed 000, line 152: 支出决算 218.23 万元
    [InlineData("5924.67", 59_246_700)] // seed 001, line 136
    [InlineData("0.01", 100)]
    public void ToYuan_TenThousandYuan_IsExact(string printed, long expectedYuan)
    {
        var value = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedYuan, AmountUnit.TenThousandYuan.ToYuan(value));
    }

    [Fact]
    public void ToYuan_NonMoneyUnits_ReturnNull()
    {
        Assert.Null(AmountUnit.Percent.ToYuan(95.53m));
        Assert.Null(AmountUnit.Count.ToYuan(3m));
    }

    [Fact]
    public void ToYuan_AnyTwoDecimalWanYuan_RoundTripsWithoutLoss()
    {
        // Any amount printed with two decimals in 万元 fits DECIMAL(18,2) in 元 exactly and converts back unchanged.
        Gen.Long[-99_999_999_999L, 99_999_999_999L].Sample(cents =>
        {
            var printed = cents / 100m;
            var yuan = AmountUnit.TenThousandYuan.ToYuan(printed)!.Value;
            return decimal.Round(yuan, 2) == yuan && yuan / 10_000m == printed;
        });
    }

    [Fact]
    public void Label_PrintsContractUnits()
    {
        Assert.Equal("万元", AmountUnit.TenThousandYuan.Label());
        Assert.Equal("元", AmountUnit.Yuan.Label());
    }
}
