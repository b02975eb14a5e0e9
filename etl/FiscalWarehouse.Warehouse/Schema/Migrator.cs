using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Schema;

/// <summary>
/// Brings a warehouse file to this program's schema: applies the embedded sql/migrations in order, each in its own
/// transaction with its schema_version row (a crash leaves a migration applied or not, never half), refuses a file
/// from a newer program, then (re)creates the views of sql/staging, sql/core and sql/marts, folder by folder and by
/// file name within a folder, so a later folder (marts) can build on an earlier one (core) — only when a migration
/// ran or the view scripts differ from the ones the views were made from (view_stamp).
/// </summary>
public static class Migrator
{
    /// <summary>The view folders, in the order their files are run.</summary>
    public static readonly IReadOnlyList<string> ViewFolders = ["staging", "core", "marts"];

    public static int LatestVersion => Migration.Embedded().Max(m => m.Version);

    /// <summary>Applies what is missing and refreshes the views; returns the versions applied now.</summary>
    public static IReadOnlyList<int> Migrate(DuckDBConnection connection) => Migrate(connection, int.MaxValue);

    /// <summary>Applies migrations up to <paramref name="targetVersion"/> (tests build "older" files this way).</summary>
    internal static IReadOnlyList<int> Migrate(DuckDBConnection connection, int targetVersion)
    {
        Execute(connection, SqlScripts.Read("bootstrap/schema_version.sql"));
        var applied = AppliedVersions(connection);
        var embedded = Migration.Embedded();
        var known = embedded.Select(m => m.Version).ToHashSet();
        var unknown = applied.Where(v => !known.Contains(v)).ToList();
        if (unknown.Count > 0)
        {
            throw new SchemaVersionException(string.Create(CultureInfo.InvariantCulture,
                $"the warehouse has schema version {applied.Max()} (migrations {string.Join(", ", unknown)} unknown here), but this fw knows up to {embedded.Max(m => m.Version)}: it was written by a newer fw; use that version or export/import it"));
        }

        VerifyChecksums(connection, embedded);
        var now = new List<int>();
        using var seeds = new SeedFiles();
        foreach (var migration in embedded.Where(m => !applied.Contains(m.Version) && m.Version <= targetVersion))
        {
            using var transaction = connection.BeginTransaction();
            try
            {
                Execute(connection, seeds.Expand(migration.Sql));
                Commands.Execute(connection, "insert into schema_version values ($version, $name, $checksum, current_timestamp)",
                    ("version", migration.Version), ("name", migration.Name), ("checksum", migration.Checksum));
                transaction.Commit();
            }
            catch (DbException e)
            {
                throw new InvalidOperationException($"migration sql/{migration.Path} failed: {e.Message}", e);
            }

            now.Add(migration.Version);
        }

        // The views are this program's and read the latest tables; a file migrated only part way (tests) keeps none.
        // Re-created only when a migration ran or the view scripts changed (their stamp): most opens change nothing.
        if (targetVersion >= LatestVersion && (now.Count > 0 || StoredViewStamp(connection) != ViewStamp.Value))
        {
            RefreshViews(connection);
        }

        return now;
    }

    // A migration edited after it ran would leave this file's schema different from a fresh one built by the same
    // program, silently; refusing names the file so the edit is reverted (or a new numbered migration written).
    private static void VerifyChecksums(DuckDBConnection connection, IReadOnlyList<Migration> embedded)
    {
        var recorded = new Dictionary<int, string>();
        using (var command = Commands.Create(connection, SqlScripts.Read("bootstrap/schema_checksums.sql")))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                recorded[reader.GetInt32(0)] = reader.GetString(1);
            }
        }

        foreach (var migration in embedded)
        {
            if (recorded.TryGetValue(migration.Version, out var checksum) && checksum.Length > 0 && checksum != migration.Checksum)
            {
                throw new SchemaVersionException(string.Create(CultureInfo.InvariantCulture,
                    $"migration sql/{migration.Path} was changed after it was applied to this warehouse (recorded checksum {checksum[..12]}…, embedded {migration.Checksum[..12]}…): restore the file and put the change in a new numbered migration, or rebuild the warehouse (fw export, then fw import)"));
            }
        }
    }

    /// <summary>Re-creates every view of sql/staging, sql/core, sql/marts in one transaction.</summary>
    public static void RefreshViews(DuckDBConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var path in ViewFolders.SelectMany(SqlScripts.In))
        {
            try
            {
                Execute(connection, SqlScripts.Read(path));
            }
            catch (DbException e)
            {
                throw new InvalidOperationException($"view script sql/{path} failed: {e.Message}", e);
            }
        }

        Commands.Execute(connection, "delete from view_stamp");
        Commands.Execute(connection, "insert into view_stamp values ($stamp, current_timestamp)", ("stamp", ViewStamp.Value));
        transaction.Commit();
    }

    /// <summary>SHA-256 of every view script's path and text, in run order.</summary>
    internal static readonly Lazy<string> ViewStamp = new(() =>
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var path in ViewFolders.SelectMany(SqlScripts.In))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path + "\n" + SqlScripts.Read(path) + "\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    });

    private static string? StoredViewStamp(DuckDBConnection connection)
    {
        using var command = Commands.Create(connection, "select max(stamp) from view_stamp");
        return command.ExecuteScalar() as string;
    }

    /// <summary>The schema versions recorded in a warehouse (empty for a new file).</summary>
    public static IReadOnlySet<int> AppliedVersions(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select version from schema_version";
        using var reader = command.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    internal static void Execute(DuckDBConnection connection, string sql) => Commands.Execute(connection, sql);
}
