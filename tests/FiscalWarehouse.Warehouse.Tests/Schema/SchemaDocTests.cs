using System.Globalization;
using System.Text.RegularExpressions;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Schema;

/// <summary>docs/schema.md is a contract: its tables, columns and views are the database's, and its example queries return what it says.</summary>
public sealed partial class SchemaDocTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly WarehouseWriter _writer;
    private readonly string _doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "schema.md"));

    public SchemaDocTests()
    {
        _writer = WarehouseWriter.Open(new WarehouseOptions { Path = _temp.File("w.duckdb") });
        _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), CancellationToken.None);
    }

    [Fact]
    public void SchemaDoc_TablesAndColumns_MatchTheDatabase()
    {
        var documented = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in _doc.Split('\n'))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                current = heading.Groups[1].Value;
                documented[current] = [];
            }
            else if (current is not null && ColumnRow().Match(line) is { Success: true } column && column.Groups[1].Value != "column")
            {
                documented[current].Add(column.Groups[1].Value + " " + column.Groups[2].Value);
            }
        }

        var actual = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in Db.Rows(_writer.Connection, """
            select t.table_name, t.table_type, c.column_name, c.data_type
            from information_schema.tables t join information_schema.columns c using (table_schema, table_name)
            where t.table_schema = 'main' and (t.table_type = 'BASE TABLE' or t.table_name like 'v\_%' escape '\') and t.table_name <> 'schema_version'
            order by t.table_name, c.ordinal_position
            """))
        {
            var name = (string)row[0]!;
            if (!actual.TryGetValue(name, out var columns))
            {
                actual[name] = columns = [];
            }

            if ((string)row[1]! == "BASE TABLE")
            {
                // An ENUM's data_type spells out its values, which the doc lists in prose (fact_cell's vocabularies).
                var type = (string)row[3]!;
                columns.Add((string)row[2]! + " " + (type.StartsWith("ENUM(", StringComparison.Ordinal) ? "ENUM" : type));
            }
        }

        // The warehouse's own tables (migrations 0001-0019), the source lines it fills, the held versions, the one fact table (0060), and its views; the job and
        // publishing ledgers (0020+, 0030+) are documented by their owners.
        foreach (var foreign in ForeignTables())
        {
            actual.Remove(foreign);
        }

        Assert.Equal(actual.Keys, documented.Keys);
        foreach (var (table, columns) in actual)
        {
            Assert.True(columns.SequenceEqual(documented[table]), $"{table}: database has [{string.Join(", ", columns)}], docs/schema.md has [{string.Join(", ", documented[table])}]");
        }
    }

    [Fact]
    public void SchemaDoc_TenExampleQueries_ReturnWhatTheDocSays()
    {
        var examples = Example().Matches(_doc);

        Assert.Equal(10, examples.Count);
        foreach (Match example in examples)
        {
            var rows = Db.Rows(_writer.Connection, example.Groups[1].Value);
            var first = Assert.Single(rows.Take(1));
            Assert.True(Same(first[0], example.Groups[2].Value), $"{example.Groups[1].Value}\nreturned {Text(first[0])}, the doc says {example.Groups[2].Value}");
        }
    }

    /// <summary>Numbers compare by value (a DuckDB SUM of DECIMAL(18,2) comes back without trailing zeros), text exactly.</summary>
    private static bool Same(object? value, string expected) =>
        value is decimal or double or long or int or System.Numerics.BigInteger
            ? decimal.Parse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture)
            : Text(value) == expected;

    private static IEnumerable<string> ForeignTables()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "sql", "migrations"), "*.sql"))
        {
            var number = int.Parse(Path.GetFileName(file)[..4], CultureInfo.InvariantCulture);
            foreach (Match table in CreateTable().Matches(File.ReadAllText(file)))
            {
                if (number >= 20 && table.Groups[1].Value is not ("report_source_line" or "report_hold" or "fact_cell"))
                {
                    yield return table.Groups[1].Value;
                }
            }
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "NULL",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    public void Dispose()
    {
        _writer.Dispose();
        _temp.Dispose();
    }

    [GeneratedRegex(@"create table (?:if not exists )?(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^### `(\w+)`")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| (\w+) \| ([A-Z0-9(), \[\]]+) \|")]
    private static partial Regex ColumnRow();

    [GeneratedRegex(@"```sql\n(.*?)```\s*\nExpected: `([^`]*)`", RegexOptions.Singleline)]
    private static partial Regex Example();
}
