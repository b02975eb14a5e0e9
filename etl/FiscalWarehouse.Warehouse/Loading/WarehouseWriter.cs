using System.Globalization;
using DuckDB.NET.Data;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// The single writer of a warehouse file: migrates it on open, loads each report in one transaction
/// (all or nothing, idempotent by content hash), and summarizes what is there. Disposing refreshes the read snapshot.
/// </summary>
public sealed class WarehouseWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _path;
    private readonly ReportLoader _loader;

    private WarehouseWriter(DuckDBConnection connection, string path, TimeProvider time)
    {
        _connection = connection;
        _path = path;
        _loader = new ReportLoader(connection, LoadRegions(connection), LoadSubjects(connection), time);
    }

    /// <summary>Opens (creating and migrating) the warehouse; throws <see cref="WarehouseBusyException"/> when another process writes it.</summary>
    public static WarehouseWriter Open(WarehouseOptions options) => Open(options, TimeProvider.System);

    public static WarehouseWriter Open(WarehouseOptions options, TimeProvider time)
    {
        var connection = WarehouseFiles.OpenWriter(options.Path, options.WriterWaitSeconds);
        try
        {
            Migrator.Migrate(connection);
            var writer = new WarehouseWriter(connection, options.Path, time);

            // Readers need a snapshot while this writer holds the file; make sure one exists before loading starts.
            if (!File.Exists(Snapshot.PathFor(options.Path)))
            {
                Snapshot.Refresh(connection, options.Path);
            }

            return writer;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The open connection, for callers in this assembly that read or export through the writer's lock.</summary>
    internal DuckDBConnection Connection => _connection;

    /// <summary>Parses and loads one file; a file that cannot be parsed comes back as <see cref="LoadStatus.Rejected"/>.</summary>
    public LoadOutcome LoadFile(string path, ReportParser parser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parser);
        var fileName = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadOutcome(path, LoadStatus.Rejected, Reason: $"cannot read the file: {e.Message}", Where: fileName);
        }

        // Same bytes, same report: answer before parsing.
        if (Commands.Scalar<long?>(_connection, "select report_version_id from dim_report where content_hash = $hash limit 1",
                ("hash", ContentHash.Of(bytes))) is { } existing)
        {
            return new LoadOutcome(path, LoadStatus.Unchanged, existing);
        }

        ParsedReport parsed;
        try
        {
            parsed = parser.Parse(fileName, bytes, cancellationToken);
        }
        catch (DocumentReadException e)
        {
            return new LoadOutcome(path, LoadStatus.Rejected, Reason: e.Reason,
                Where: $"{(e.File == "?" ? fileName : e.File)}:{(e.Line ?? 1).ToString(CultureInfo.InvariantCulture)}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser bug must not stop the other files of the load; it is reported like any rejection.
            return new LoadOutcome(path, LoadStatus.Rejected, Reason: $"the parser failed: {e.GetType().Name}: {e.Message}", Where: $"{fileName}:1");
        }

        return Load(path, parsed, cancellationToken);
    }

    /// <summary>Loads an already parsed report (the loader's unit of work: one transaction).</summary>
    public LoadOutcome Load(string displayPath, ParsedReport parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return _loader.Load(displayPath, parsed, cancellationToken);
    }

    public WarehouseSummary Summarize() => SummaryReader.Read(_connection);

    public void Dispose()
    {
        try
        {
            Snapshot.Refresh(_connection, _path);
        }
        finally
        {
            _connection.Dispose();
        }
    }

    private static RegionResolver LoadRegions(DuckDBConnection connection)
    {
        using var command = Commands.Create(connection, SqlScripts.Read("queries/regions.sql"));
        using var reader = command.ExecuteReader();
        var regions = new List<RegionResolver.Region>();
        while (reader.Read())
        {
            regions.Add(new RegionResolver.Region(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return new RegionResolver(regions);
    }

    private static SubjectCodes LoadSubjects(DuckDBConnection connection)
    {
        static List<(string, string)> Pairs(DuckDBConnection connection, string script)
        {
            using var command = Commands.Create(connection, SqlScripts.Read(script));
            using var reader = command.ExecuteReader();
            var pairs = new List<(string, string)>();
            while (reader.Read())
            {
                pairs.Add((reader.GetString(0), reader.GetString(1)));
            }

            return pairs;
        }

        return new SubjectCodes(Pairs(connection, "queries/economic_subject_names.sql"), Pairs(connection, "queries/function_class_names.sql"));
    }
}
