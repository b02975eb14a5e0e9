using FiscalWarehouse.Warehouse.Publishing;

namespace FiscalWarehouse.Warehouse.Tests.Publishing;

public sealed class DdlGeneratorTests
{
    private static readonly SourceTable Facts = new("fact_expenditure", false,
    [
        new SourceColumn("report_version_id", "BIGINT", false),
        new SourceColumn("amount_yuan", "DECIMAL(18,2)", true),
        new SourceColumn("row_label", "VARCHAR", true),
    ]);

    [Fact]
    public void CreateTable_PostgreSql_QuotesIdentifiersAndKeepsDecimals()
    {
        Assert.Equal(
            "create table \"fiscal\".\"fact_expenditure\" (\n    \"report_version_id\" bigint not null,\n    \"amount_yuan\" numeric(18,2) null,\n    \"row_label\" text null\n)",
            DdlGenerator.CreateTable(PublishTargetKind.PostgreSql, "fiscal", Facts));
    }

    [Fact]
    public void CreateTable_SqlServer_UsesUnicodeTextAndBrackets()
    {
        Assert.Equal(
            "create table [fiscal].[fact_expenditure] (\n    [report_version_id] bigint not null,\n    [amount_yuan] decimal(18,2) null,\n    [row_label] nvarchar(max) null\n)",
            DdlGenerator.CreateTable(PublishTargetKind.SqlServer, "fiscal", Facts));
    }

    [Fact]
    public void CreateSchema_BothServers_AreIdempotent()
    {
        Assert.Equal("create schema if not exists \"bi\"", DdlGenerator.CreateSchema(PublishTargetKind.PostgreSql, "bi"));
        Assert.Equal("if schema_id(N'bi') is null exec(N'create schema [bi]')", DdlGenerator.CreateSchema(PublishTargetKind.SqlServer, "bi"));
    }

    [Theory]
    [InlineData("fiscal; drop table x")]
    [InlineData("a\"b")]
    [InlineData("")]
    [InlineData("1abc")]
    public void ValidateSchema_AnythingButAPlainIdentifier_IsRefused(string schema)
    {
        Assert.Throws<ArgumentException>(() => SqlIdentifier.ValidateSchema(schema));
    }

    [Fact]
    public void IsIncremental_ReportKeyedTablesOnly()
    {
        Assert.True(Facts.IsIncremental);
        Assert.False(Facts with { Name = "dim_report" } is { IsIncremental: true });
        Assert.False(Facts with { Name = "mart_totals", IsView = true } is { IsIncremental: true });
        // A fact family is a view over fact_cell since migration 0060, still one row per cell of one report version.
        Assert.True(Facts with { IsView = true } is { IsIncremental: true });
        Assert.False(new SourceTable("dim_region", false, [new SourceColumn("region_code", "VARCHAR", false)]).IsIncremental);
    }
}
