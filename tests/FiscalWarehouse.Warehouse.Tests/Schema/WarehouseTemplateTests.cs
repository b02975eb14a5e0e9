using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Schema;

/// <summary>A new warehouse copied from the cached empty template must be the file the migrations would have built.</summary>
public sealed class WarehouseTemplateTests
{
    [Fact]
    public void TryCreate_NewFile_HasEveryMigrationChecksumAndTheSeeds()
    {
        using var temp = new TempDirectory();
        var cache = temp.File("cache");
        var copied = temp.File("copied.duckdb");
        var migrated = temp.File("migrated.duckdb");

        Assert.True(WarehouseTemplate.TryCreate(copied, cache));
        using (var connection = new DuckDBConnection($"Data Source={migrated}"))
        {
            connection.Open();
            Migrator.Migrate(connection);
        }

        const string Versions = "select string_agg(version || ':' || checksum, ',' order by version) from schema_version";
        Assert.Equal(Db.Scalar<string>(migrated, Versions), Db.Scalar<string>(copied, Versions));
        Assert.Equal(Db.Scalar<long>(migrated, "select count(*) from dim_region"), Db.Scalar<long>(copied, "select count(*) from dim_region"));
        Assert.Equal("高平市", Db.Scalar<string>(copied, "select name from dim_region where region_code = '140581'"));
        Assert.Equal("30231", Db.Scalar<string>(copied, "select code from dim_economic_subject where name = '公务用车运行维护费' and system = '部门经济分类'"));
        using var reopened = new DuckDBConnection($"Data Source={copied}");
        reopened.Open();
        Assert.Empty(Migrator.Migrate(reopened));
    }

    [Fact]
    public void TryCreate_TemplateChangedOnDisk_IsRefusedThenRebuilt()
    {
        using var temp = new TempDirectory();
        var cache = temp.File("cache");
        Assert.True(WarehouseTemplate.TryCreate(temp.File("first.duckdb"), cache));
        var template = Directory.GetFiles(cache, "empty.duckdb", SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(template);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(template, bytes);

        Assert.False(WarehouseTemplate.TryCreate(temp.File("second.duckdb"), cache));
        Assert.False(File.Exists(temp.File("second.duckdb")));

        Assert.True(WarehouseTemplate.TryCreate(temp.File("third.duckdb"), cache));
        Assert.Equal(Migrator.LatestVersion, Db.Scalar<int>(temp.File("third.duckdb"), "select max(version) from schema_version"));
    }

    [Fact]
    public void CacheRoot_IsAnAbsoluteUserFolder_NeverTheWorkingDirectory()
    {
        var root = WarehouseTemplate.CacheRoot();
        Assert.NotNull(root);
        Assert.True(Path.IsPathFullyQualified(root));
        Assert.EndsWith("fiscalwarehouse", root, StringComparison.Ordinal);
        Assert.False(root.StartsWith(RepositoryRoot.Path, StringComparison.Ordinal), root);
    }
}
