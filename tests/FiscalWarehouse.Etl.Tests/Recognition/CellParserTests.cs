using System.Globalization;
using CsCheck;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Recognition;

public sealed class CellParserTests
{
    [Theory]
    [InlineData("", CellValueKind.Blank, null, false)]
    [InlineData("——", CellValueKind.Dash, null, false)]
    [InlineData("—", CellValueKind.Dash, null, false)]
    [InlineData("-", CellValueKind.Dash, null, false)]
    [InlineData("0.00", CellValueKind.Number, "0.00", false)]
    [InlineData("5,924.67", CellValueKind.Number, "5924.67", false)]
    [InlineData("570,000", CellValueKind.Number, "570000", false)]
    [InlineData("100.0%", CellValueKind.Number, "100.0", true)]
    [InlineData("-12.5", CellValueKind.Number, "-12.5", false)]
    [InlineData("１２．５", CellValueKind.Number, "12.5", false)]
    [InlineData("∞%", CellValueKind.Text, null, false)]
    [InlineData("12,34", CellValueKind.Text, null, false)]
    [InlineData("1.2.3", CellValueKind.Text, null, false)]
    [InlineData("≤62户", CellValueKind.Text, null, false)]
    public void Parse_KeepsBlankDashZeroAndTextApart(string printed, CellValueKind kind, string? number, bool percent)
    {
        var value = CellParser.Parse(printed);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(number is null ? null : decimal.Parse(number, CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(percent, value.IsPercent);
    }

    [Fact]
    public void Parse_AnyAmountPrintedWithOrWithoutSeparators_ReadsBackExactly() =>
        Gen.Decimal[-99_999_999m, 99_999_999m].Select(d => decimal.Round(d, 2)).Sample(d =>
        {
            Assert.Equal(d, CellParser.Parse(d.ToString("#,##0.00", CultureInfo.InvariantCulture)).Number);
            Assert.Equal(d, CellParser.Parse(d.ToString("0.00", CultureInfo.InvariantCulture)).Number);
        });

    [Fact]
    public void TryNumber_AnyPlainAmount_SameValueAndScaleAsDecimalParse()
    {
        // The hand-written fast path must read every amount exactly as decimal.Parse does, printed decimals included
        // (0.00 keeps scale 2: the contract CSV prints the value as printed).
        var amounts = Gen.Select(Gen.Bool, Gen.String[Gen.Char['0', '9'], 1, 22], Gen.Int[-1, 8])
            .Select((negative, digits, dot) =>
                (negative ? "-" : "") + (dot > 0 && dot < digits.Length ? digits[..(digits.Length - dot)] + "." + digits[(digits.Length - dot)..] : digits));
        amounts.Sample(printed =>
        {
            var expected = decimal.Parse(printed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            Assert.True(CellParser.TryNumber(printed, out var value, out _), printed);
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(value));
        }, iter: 20_000);
    }
}
