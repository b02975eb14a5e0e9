using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Model.Tests.Tables;

public sealed class CellValueTests
{
    [Fact]
    public void ContractText_Number_DropsThousandsSeparators()
    {
        // seed 001, line 136 prints 5,924.67
        var cell = new CellValue("5,924.67", CellValueKind.Number, 5924.67m);
        Assert.Equal("5924.67", cell.ContractText);
    }

    [Fact]
    public void ContractText_Blank_IsEmpty_AndDashKeepsItsPrintedForm()
    {
        Assert.Equal("", CellValue.Blank.ContractText);
        Assert.Equal("——", new CellValue("——", CellValueKind.Dash, null).ContractText);
    }

    [Fact]
    public void SourceRef_LineLabel_ShowsPageForPagedFormats()
    {
        Assert.Equal("152", new SourceRef("a.txt", 152).LineLabel);
        Assert.Equal("p3:12", new SourceRef("a.pdf", 140, 3, 12).LineLabel);
        Assert.Equal("a.pdf:p3:12", new SourceRef("a.pdf", 140, 3, 12).ToString());
    }
}
