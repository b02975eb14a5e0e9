using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Schema;

public sealed class MigratorTests
{
    [Fact]
    public void Migrate_NewFile_AppliesEveryMigrationAndSeedsRegions()
    {
        using var temp = new TempDirectory();
        using var connection = new DuckDBConnection($"Data Source={temp.File("w.duckdb")}");
        connection.Open();

        var applied = Migrator.Migrate(connection);

        Assert.Equal(Migrator.LatestVersion, applied.Max());
        Assert.Equal(applied.Count, Query<long>(connection, "select count(*) from schema_version"));
        Assert.Equal("高平市", Query<string>(connection, "select name from dim_region where region_code = '140581'"));
        Assert.Equal("140500", Query<string>(connection, "select parent_code from dim_region where region_code = '140581'"));
        Assert.Equal("prefecture", Query<string>(connection, "select level from dim_region where region_code = '410400'"));
        Assert.Equal("30231", Query<string>(connection, "select code from dim_economic_subject where name = '公务用车运行维护费' and system = '部门经济分类'"));
    }

    [Fact]
    public void Migrate_SecondTime_AppliesNothing()
    {
        using var temp = new TempDirectory();
        using var connection = new DuckDBConnection($"Data Source={temp.File("w.duckdb")}");
        connection.Open();
        Migrator.Migrate(connection);

        Assert.Empty(Migrator.Migrate(connection));
    }

    [Fact]
    public void Migrate_FileFromNewerProgram_IsRefusedWithTheVersions()
    {
        using var temp = new TempDirectory();
        using var connection = new DuckDBConnection($"Data Source={temp.File("w.duckdb")}");
        connection.Open();
        Migrator.Migrate(connection);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "insert into schema_version values (9999, 'from_the_future', '', current_timestamp)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<SchemaVersionException>(() => Migrator.Migrate(connection));
        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer fw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_AppliedMigrationChangedSince_IsRefusedNamingTheFile()
    {
        using var temp = new TempDirectory();
        using var connection = new DuckDBConnection($"Data Source={temp.File("w.duckdb")}");
        connection.Open();
        Migrator.Migrate(connection);
        // As if sql/migrations/0003 had been edited after this file was migrated: its recorded checksum differs.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "update schema_version set checksum = repeat('0', 64) where version = 3";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<SchemaVersionException>(() => Migrator.Migrate(connection));
        Assert.Contains("sql/migrations/0003_core_facts.sql", error.Message, StringComparison.Ordinal);
        Assert.Contains("was changed after it was applied", error.Message, StringComparison.Ordinal);
        Assert.Contains("000000000000…", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_RecordedChecksums_AreTheEmbeddedFiles()
    {
        using var temp = new TempDirectory();
        using var connection = new DuckDBConnection($"Data Source={temp.File("w.duckdb")}");
        connection.Open();
        Migrator.Migrate(connection);

        var core = Migration.Embedded().Single(m => m.Version == 3);
        Assert.Equal(core.Checksum, Query<string>(connection, "select checksum from schema_version where version = 3"));
        Assert.Equal(64, core.Checksum.Length);
    }

    [Fact]
    public void Migrate_OlderFile_AppliesOnlyTheMissingMigrations()
    {
        using var temp = new TempDirectory();
        using var connection = new DuckDBConnection($"Data Source={temp.File("w.duckdb")}");
        connection.Open();
        var latest = Migrator.LatestVersion;
        var older = Migration.Embedded().Select(m => m.Version).Where(v => v < latest).Max();
        Migrator.Migrate(connection, older);

        Assert.Equal([latest], Migrator.Migrate(connection));
        Assert.Equal(latest, Query<int>(connection, "select max(version) from schema_version"));
    }

    internal static T Query<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
