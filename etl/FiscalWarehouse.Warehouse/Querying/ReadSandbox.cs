using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Querying;

/// <summary>
/// Confines a reading connection to the warehouse: no extension is installed or loaded on demand (which downloaded
/// from the network and wrote under ~/.duckdb), no file or URL is read (read_text, read_csv, glob, 'https://…') except
/// under the directories the caller names, and the configuration is locked so a query cannot SET it back.
/// </summary>
public static class ReadSandbox
{
    /// <summary>Applies the settings; <paramref name="allowedDirectories"/> (fw sql --lake, --allow-files) stay readable.</summary>
    public static void Apply(DuckDBConnection connection, IEnumerable<string>? allowedDirectories = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Commands.Execute(connection, "set autoinstall_known_extensions = false");
        Commands.Execute(connection, "set autoload_known_extensions = false");
        var allowed = (allowedDirectories ?? []).Select(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)) + Path.DirectorySeparatorChar).ToList();
        if (allowed.Count > 0)
        {
            // SET takes no parameters; each directory is a quoted string literal, its quotes doubled.
            var list = string.Join(", ", allowed.Select(d => "'" + d.Replace("'", "''", StringComparison.Ordinal) + "'"));
            Commands.Execute(connection, $"set allowed_directories = [{list}]");
        }

        Commands.Execute(connection, "set enable_external_access = false");
        Commands.Execute(connection, "set lock_configuration = true");
    }
}
