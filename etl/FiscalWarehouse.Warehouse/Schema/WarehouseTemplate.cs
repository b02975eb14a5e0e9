using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Schema;

/// <summary>
/// A new warehouse starts as a copy of an empty, fully migrated one, built once per schema stamp in the user's cache
/// (<c>$XDG_CACHE_HOME/fiscalwarehouse</c> or <c>~/.cache/fiscalwarehouse</c>; never the source tree): replaying every
/// migration and the region seed statement by statement cost a new file ~0.4 s. The stamp covers every migration's
/// checksum, every seed, the view scripts and the DuckDB library, so a schema change builds a new template; the copy
/// is checked against the SHA-256 recorded when the template was built, and the writer still runs the migrator on it
/// (which verifies the recorded checksums and applies nothing). Any problem falls back to migrating in place.
/// FW_WAREHOUSE_TEMPLATE=off turns it off.
/// </summary>
internal static class WarehouseTemplate
{
    private const string FileName = "empty.duckdb";
    private const string HashName = "empty.duckdb.sha256";

    private static readonly Lazy<string> Stamp = new(ComputeStamp);

    /// <summary>
    /// Creates <paramref name="target"/> (which must not exist; the caller holds its writer lock) from the template.
    /// False when there is no usable cache; the caller then lets DuckDB create and migrate the file.
    /// </summary>
    public static bool TryCreate(string target) =>
        Environment.GetEnvironmentVariable("FW_WAREHOUSE_TEMPLATE") is not ("off" or "0") && CacheRoot() is { } root && TryCreate(target, root);

    /// <summary>As <see cref="TryCreate(string)"/>, with the templates kept under <paramref name="root"/>.</summary>
    internal static bool TryCreate(string target, string root)
    {
        try
        {
            var folder = Path.Combine(root, "template-" + Stamp.Value);
            if (!File.Exists(Path.Combine(folder, HashName)))
            {
                Build(root, folder);
            }

            if (CopyVerified(Path.Combine(folder, FileName), File.ReadAllText(Path.Combine(folder, HashName)).Trim(), target))
            {
                return true;
            }

            // A template that no longer matches its hash is discarded; the next new warehouse builds it again.
            TryDelete(folder);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDBException)
        {
            TryDeleteFile(target);
            return false;
        }
    }

    /// <summary>The cache folder, never inside the current directory's tree by accident: only an absolute, configured home.</summary>
    internal static string? CacheRoot()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathFullyQualified(xdg))
        {
            return Path.Combine(xdg, "fiscalwarehouse");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrWhiteSpace(home) || !Path.IsPathFullyQualified(home) ? null : Path.Combine(home, ".cache", "fiscalwarehouse");
    }

    // Built in a private folder and renamed into place in one step, so a reader of the cache sees a template with its
    // hash or nothing; two builders racing keep the first and discard the second.
    private static void Build(string root, string folder)
    {
        var building = Path.Combine(root, $".building-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(building);
        try
        {
            var file = Path.Combine(building, FileName);
            using (var connection = new DuckDBConnection($"Data Source={file}"))
            {
                connection.Open();
                Migrator.Migrate(connection);
                Commands.Execute(connection, "checkpoint");
            }

            File.WriteAllText(Path.Combine(building, HashName), HashOf(file));
            try
            {
                Directory.Move(building, folder);
            }
            catch (IOException) when (File.Exists(Path.Combine(folder, HashName)))
            {
                // Another process built it first.
            }
        }
        finally
        {
            TryDelete(building);
        }
    }

    /// <summary>Copies through a temporary name, hashing what it reads; the target appears only when the hash matches.</summary>
    private static bool CopyVerified(string source, string expectedHash, string target)
    {
        var temporary = target + ".template.tmp";
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var buffer = new byte[1 << 20];
                int read;
                while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    output.Write(buffer, 0, read);
                }
            }

            if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), expectedHash, StringComparison.Ordinal))
            {
                TryDeleteFile(temporary);
                return false;
            }
        }

        File.Move(temporary, target, overwrite: false);
        return true;
    }

    private static string HashOf(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string ComputeStamp()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var migration in Migration.Embedded())
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{migration.Version} {migration.Checksum}\n"));
        }

        foreach (var seed in SqlScripts.In("seeds"))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(seed + "\n"));
            hash.AppendData(SHA256.HashData(SqlScripts.ReadBytes(seed)));
        }

        hash.AppendData(Encoding.UTF8.GetBytes(Migrator.ViewStamp.Value + "\n"));
        hash.AppendData(Encoding.UTF8.GetBytes(typeof(DuckDBConnection).Assembly.GetName().Version + "\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..24];
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next build to replace.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
