using System.Text.RegularExpressions;
using CsCheck;
using FiscalWarehouse.Etl.Recognition;

namespace FiscalWarehouse.Etl.Tests.Recognition;

/// <summary><see cref="RowKinds.IsCode"/> is the pattern it replaced, <c>^\d{3}(?:\d{2}){0,2}$</c>, on any cell text.</summary>
public sealed class RowKindsCodeTests
{
    private static readonly Regex Pattern = new(@"^\d{3}(?:\d{2}){0,2}$");

    [Theory]
    [InlineData("201", true)]
    [InlineData("20101", true)]
    [InlineData("2010101", true)]
    [InlineData("２０１", true)]
    [InlineData("201\n", true)]
    [InlineData("2010", false)]
    [InlineData("201 ", false)]
    [InlineData("201\n\n", false)]
    [InlineData("20101a", false)]
    [InlineData("", false)]
    public void IsCode_PrintedCodes(string text, bool code) => Assert.Equal(code, RowKinds.IsCode(text));

    [Fact]
    public void IsCode_AnyText_AsThePattern() =>
        Gen.Char["0123456789０９٣a .\n合"].Array[0, 9].Select(chars => new string(chars)).Sample(text =>
            Assert.Equal(Pattern.IsMatch(text), RowKinds.IsCode(text)));
}
