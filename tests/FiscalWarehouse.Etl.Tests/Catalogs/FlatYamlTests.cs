using System.Text.Json;
using FiscalWarehouse.Etl.Catalogs;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Etl.Validation;

namespace FiscalWarehouse.Etl.Tests.Catalogs;

/// <summary>
/// The embedded catalogs are read by <see cref="FlatYaml"/> instead of YamlDotNet (its set-up cost every parsing
/// process ~45 ms): the YAML stays the source of truth, so the hand reader must give exactly what YamlDotNet gives, and
/// must decline (leaving the file to YamlDotNet) whatever it does not understand.
/// </summary>
public sealed class FlatYamlTests
{
    [Fact]
    public void TheTableCatalog_IsReadByHand_AndEqualsYamlDotNetsReading()
    {
        var yaml = Embedded(typeof(TableCatalog), "catalog/tables.yaml");

        Assert.True(FlatYaml.TryRead(yaml, out var records));
        var byHand = TableCatalog.Read(yaml);
        var reference = TableCatalog.ReadWithYamlDotNet(yaml);

        Assert.Equal(records.Count, byHand.Count);
        Assert.Equal(Json(reference), Json(byHand));
        var total = byHand.Single(e => e.Id == "final_income_expenditure_total");
        Assert.Equal(["收入支出", "总表"], total.TitleAll);
        Assert.Equal(["行次", "本年收入合计", "本年支出合计"], total.ContentAll);
        Assert.Equal("final_account", total.Measure);
    }

    [Fact]
    public void TheRules_AreReadByHand_AndEqualYamlDotNetsReading()
    {
        var yaml = Embedded(typeof(RuleSet), "rules/rules.yaml");

        Assert.True(FlatYaml.TryRead(yaml, out _));
        var byHand = RuleSet.Read(yaml);

        Assert.Equal(Json(RuleSet.ReadWithYamlDotNet(yaml)), Json(byHand));
        var classes = byHand.Single(r => r.Id == "sum.total_equals_classes");
        Assert.Equal("A table's 合计 row equals the sum of its 类 rows (3-digit codes), column by column.", classes.Description);
        Assert.Equal(11, classes.AppliesTo.Count);
        Assert.Equal("budget_state_capital", classes.AppliesTo[^1]);
    }

    [Theory]
    [InlineData("- id: a\n  name: |\n    block\n")]
    [InlineData("- id: a\n  fund_source: ~\n")]
    [InlineData("- id: a\n  name: 'single'\n")]
    [InlineData("- id: a\n  name: \"esc \\n\"\n")]
    [InlineData("- id: a\n  title_all: [x, y\n")]
    [InlineData("- id: a\n  id: b\n")]
    [InlineData("- id: a\n  nested:\n    k: v\n")]
    [InlineData("- id: &anchor a\n")]
    public void WhatItDoesNotUnderstand_ItDeclines(string yaml) => Assert.False(FlatYaml.TryRead(yaml, out _));

    [Fact]
    public void ADeclinedFile_IsReadByYamlDotNet()
    {
        const string yaml = "- id: a\n  name: >\n    folded\n    text\n  title_all: [x|y, \"z, w\"]\n";

        Assert.False(FlatYaml.TryRead(yaml, out _));
        var entry = Assert.Single(TableCatalog.Read(yaml));

        Assert.Equal("folded text\n", entry.Name);
        Assert.Equal(["x|y", "z, w"], entry.TitleAll);
    }

    [Fact]
    public void QuotedItems_Comments_AndContinuedLists_ReadAsYamlDotNetReadsThem()
    {
        const string yaml = "# head\n- id: a # trailing\n  name: \"a \\\"q\\\" # not a comment\"\n  title_all: [x|y, \"z, w\",\n    v]  # end\n\n- id: b\n  title_none: []\n";

        Assert.True(FlatYaml.TryRead(yaml, out _));
        Assert.Equal(Json(TableCatalog.ReadWithYamlDotNet(yaml)), Json(TableCatalog.Read(yaml)));
    }

    private static string Embedded(Type type, string name)
    {
        using var stream = type.Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
