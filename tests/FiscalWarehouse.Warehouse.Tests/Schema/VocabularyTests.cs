using System.Reflection;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using FiscalWarehouse.Model.Tables;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Schema;

/// <summary>
/// fact_cell's vocabulary columns are ENUMs (migration 0062): a value the program can produce that a type lacks would
/// make the appender refuse every report that has it, so each type must be exactly the program's constants.
/// </summary>
public sealed partial class VocabularyTests
{
    public static TheoryData<string, string[]> Vocabularies => new()
    {
        { "fact_family", Constants(typeof(TableFamilies)) },
        { "fact_subject_system", Constants(typeof(SubjectCodes)) },
        { "fact_subject_level", ["类", "款", "项"] }, // SubjectCodes: a code's level by its length, 3 / 5 / 7
        { "fact_cost_type", [Meanings.ExpenseType.Personnel, Meanings.ExpenseType.Operating] }, // FactRow.CostType
        { "fact_expense_type", Constants(typeof(Meanings.ExpenseType)) },
        { "fact_three_public_part", Constants(typeof(Meanings.ThreePublicPart)) },
        { "fact_block", Constants(typeof(Meanings.Block)) },
        { "fact_fund_source", Constants(typeof(Meanings.FundSource)) },
        { "fact_measure", Constants(typeof(Meanings.Measure)) },
        { "fact_value_kind", [.. Enum.GetValues<CellValueKind>().Select(CellAmounts.KindText)] },
        { "fact_printed_unit", [.. Enum.GetValues<AmountUnit>().Select(u => u.Label())] },
        { "fact_row_kind", [.. Enum.GetValues<RowKind>().Select(ReportPreparer.RowKindText)] },
    };

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void NewWarehouse_EachVocabularyType_IsTheProgramsConstantsInByteOrder(string type, string[] constants)
    {
        using var temp = new TempDirectory();
        using var connection = Migrated(temp);

        var values = EnumValues(connection, type);

        // Byte order, so that ordering and min/max read as they did on VARCHAR.
        Assert.Equal([.. constants.Distinct().OrderBy(v => v, StringComparer.Ordinal)], values);
    }

    [Fact]
    public void TableCatalogAndRules_EveryMeasureAndFundTheyName_IsInItsType()
    {
        using var temp = new TempDirectory();
        using var connection = Migrated(temp);
        var measures = EnumValues(connection, "fact_measure");
        var funds = EnumValues(connection, "fact_fund_source");
        var named = 0;
        foreach (var yaml in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "etl"), "*.yaml", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match m in Named().Matches(File.ReadAllText(yaml)))
            {
                named++;
                Assert.Contains(m.Groups[2].Value, m.Groups[1].Value == "measure" ? measures : funds);
            }
        }

        Assert.True(named >= 40, $"{named} measures and funds named in the YAML files");
    }

    [Fact]
    public void Append_AValueOutsideAVocabulary_RefusedNamingTableColumnAndValue()
    {
        using var temp = new TempDirectory();
        using var connection = Migrated(temp);
        using var appender = new CheckedAppender(connection, "fact_cell");

        var e = Assert.Throws<InvalidOperationException>(() =>
            appender.Row().Long(1).Long(1).Long(null).Text("fact_income").Text(null).Text(null).Text(null).Bool(false).Text(null)
                .Text(null).Text(null).Text(null).Text(null).Text("budget_maybe"));

        Assert.StartsWith("fact_cell.measure is ENUM(", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(": 'budget_maybe' is not one of its values", e.Message, StringComparison.Ordinal);
    }

    private static DuckDBConnection Migrated(TempDirectory temp)
    {
        var connection = new DuckDBConnection($"Data Source={temp.File("w.duckdb")}");
        connection.Open();
        Migrator.Migrate(connection);
        return connection;
    }

    private static List<string> EnumValues(DuckDBConnection connection, string type) =>
        [.. Db.Rows(connection, $"select unnest(enum_range(null::{type}))::varchar").Select(r => (string)r[0]!)];

    private static string[] Constants(Type type) =>
        [.. type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];

    [GeneratedRegex(@"^\s*(measure|fund_source):\s*([a-z_]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Named();
}
