using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Performance;

public sealed class FormCellsTests
{
    [Theory]
    [InlineData("", CellValueKind.Blank, null, false)]
    [InlineData("  ", CellValueKind.Blank, null, false)]
    [InlineData("—", CellValueKind.Dash, null, false)]
    [InlineData("——", CellValueKind.Dash, null, false)]
    [InlineData("-", CellValueKind.Dash, null, false)]
    [InlineData("0", CellValueKind.Number, "0", false)]
    [InlineData("0.00", CellValueKind.Number, "0.00", false)]
    [InlineData("570,000", CellValueKind.Number, "570000", false)]
    [InlineData("100.0%", CellValueKind.Number, "100.0", true)]
    [InlineData("5.0%", CellValueKind.Number, "5.0", true)]
    [InlineData("49.6246767", CellValueKind.Number, "49.6246767", false)]
    [InlineData("≤62户", CellValueKind.Text, null, false)]
    [InlineData("∞%", CellValueKind.Text, null, false)]
    [InlineData("2.99981万", CellValueKind.Text, null, false)]
    public void Parse_PrintedText_KeepsKindsApart(string printed, CellValueKind kind, string? number, bool percent)
    {
        var value = CellParser.Parse(printed);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(number is null ? null : decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(percent, value.IsPercent);
    }

    [Fact]
    public void Parse_BareNumberInRateColumn_IsPercent()
    {
        // seed 001, line 763: 执行率 95.53 without a % sign
        var value = CellParser.Parse("95.53", percentColumn: true);
        Assert.True(value.IsPercent);
        Assert.Equal(95.53m, value.Number);
        Assert.Equal("95.53", value.ContractText);
    }
}
