using FiscalWarehouse.Warehouse.Publishing;

namespace FiscalWarehouse.Warehouse.Tests.Publishing;

public sealed class TypeMappingTests
{
    [Theory]
    [InlineData("DECIMAL(18,2)", "numeric(18,2)", "decimal(18,2)")]
    [InlineData("DECIMAL(38,10)", "numeric(38,10)", "decimal(38,10)")]
    [InlineData("VARCHAR", "text", "nvarchar(max)")]
    [InlineData("BIGINT", "bigint", "bigint")]
    [InlineData("INTEGER", "integer", "int")]
    [InlineData("BOOLEAN", "boolean", "bit")]
    [InlineData("TIMESTAMP", "timestamp", "datetime2(6)")]
    [InlineData("DATE", "date", "date")]
    [InlineData("VARCHAR[]", "jsonb", "nvarchar(max)")]
    [InlineData("TIMESTAMP WITH TIME ZONE", "timestamptz", "datetimeoffset(6)")]
    public void Map_WarehouseTypes_HaveADocumentedTargetType(string duckDb, string postgres, string sqlServer)
    {
        var mapped = TypeMapping.Map(duckDb);
        Assert.Equal(postgres, mapped.PostgreSql);
        Assert.Equal(sqlServer, mapped.SqlServer);
    }

    [Fact]
    public void Map_Decimal_NeverBecomesAFloat()
    {
        var mapped = TypeMapping.Map("DECIMAL(18,2)");
        Assert.Equal(typeof(decimal), mapped.ClrType);
        Assert.False(mapped.AsText);
    }

    [Fact]
    public void Map_Lists_TravelAsJsonText()
    {
        Assert.True(TypeMapping.Map("VARCHAR[]").AsText);
    }
}
