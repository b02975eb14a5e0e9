using CsCheck;
using FiscalWarehouse.Dashboards.Endpoints;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

public sealed class ApiParameterTests
{
    [Theory]
    [InlineData("140000", "14")]
    [InlineData("140500", "1405")]
    [InlineData("140581", "140581")]
    [InlineData("141000", "1410")]
    [InlineData("410400", "4104")]
    public void Region_Code_BindsAsItsPrefix(string code, string prefix) => Assert.Equal(prefix, ApiParameter.Region.Parse(code));

    [Fact]
    public void Region_AnythingButSixDigits_IsRefused() =>
        Gen.String.Where(s => !(s.Length == 6 && s.All(char.IsAsciiDigit)))
            .Sample(text => Assert.Throws<FormatException>(() => ApiParameter.Region.Parse(text)));

    [Fact]
    public void Year_AnythingButAPlausibleYear_IsRefused()
    {
        Gen.Int[1990, 2100].Sample(y => Assert.Equal(y, ApiParameter.Year.Parse(y.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Gen.String.Where(s => !int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2100)
            .Sample(text => Assert.Throws<FormatException>(() => ApiParameter.Year.Parse(text)));
    }

    [Theory]
    [InlineData("1 or 1=1")]
    [InlineData("-1")]
    [InlineData("1;")]
    [InlineData("")]
    public void Unit_NonNumeric_IsRefused(string text) => Assert.Throws<FormatException>(() => ApiParameter.Unit.Parse(text));
}
