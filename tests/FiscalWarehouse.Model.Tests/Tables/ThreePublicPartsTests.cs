using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Model.Tests.Tables;

/// <summary>The one 三公 part classifier, on the headers and labels the samples print (seed 000, lines 493–500).</summary>
public sealed class ThreePublicPartsTests
{
    [Theory]
    [InlineData("因公出国(境)费", ThreePublicPart.OverseasTravel)]
    [InlineData("公务接待费", ThreePublicPart.Reception)]
    [InlineData("公务用车购置及运行费", ThreePublicPart.VehicleTotal)]
    [InlineData("其中:公务用车购置费", ThreePublicPart.VehiclePurchase)]
    [InlineData("公务用车运行维护费", ThreePublicPart.VehicleOperation)]
    [InlineData("购置费", ThreePublicPart.VehiclePurchase)]
    [InlineData("运行费", ThreePublicPart.VehicleOperation)]
    [InlineData("合计", null)]
    public void Of_InsideA3PublicTable_ShortWordsName(string key, string? part) => Assert.Equal(part, ThreePublicParts.Of(key, inThreePublicTable: true));

    [Theory]
    [InlineData("因公出国(境)费", ThreePublicPart.OverseasTravel)]
    [InlineData("公务用车购置及运行费", ThreePublicPart.VehicleTotal)]
    [InlineData("机关运行经费", null)]
    [InlineData("购置费", null)]
    [InlineData("接待", null)]
    public void Of_ElsewhereOnlyFullNames(string key, string? part) => Assert.Equal(part, ThreePublicParts.Of(key, inThreePublicTable: false));

    [Theory]
    [InlineData("合计", ThreePublicPart.Total)]
    [InlineData("“三公”经费合计", ThreePublicPart.Total)]
    [InlineData("公务接待费", ThreePublicPart.Reception)]
    [InlineData("项目", null)]
    public void OfRow_CountsTheTotalRow(string key, string? part) => Assert.Equal(part, ThreePublicParts.OfRow(key));
}
