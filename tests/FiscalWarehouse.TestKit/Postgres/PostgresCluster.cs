using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FiscalWarehouse.TestKit.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: initdb in a temp folder, started with pg_ctl on a free port,
/// trust authentication, no system service. Disposing stops it and deletes the folder.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root, so when the tests run as root the cluster belongs to the
/// <c>postgres</c> system user (Debian's package creates it) and every binary is started through <c>runuser</c>.
/// </remarks>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string User = "fw";

    private readonly string _root;
    private readonly string _binDirectory;
    private readonly string? _runAs;
    private bool _stopped;

    private PostgresCluster(string root, string binDirectory, string? runAs, int port)
    {
        _root = root;
        _binDirectory = binDirectory;
        _runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>An Npgsql connection string to the <c>postgres</c> database as the superuser <c>fw</c>.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Pooling=true;Timeout=15");

    /// <summary>The folder holding initdb and pg_ctl, or null with the reason when PostgreSQL is not installed.</summary>
    public static string? FindBinDirectory(out string reason)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("FW_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.Add("/usr/local/bin");
        candidates.Add("/usr/bin");
        foreach (var candidate in candidates)
        {
            if (File.Exists(Path.Combine(candidate, "initdb")) && File.Exists(Path.Combine(candidate, "pg_ctl")))
            {
                reason = "";
                return candidate;
            }
        }

        reason = "PostgreSQL is not installed (initdb/pg_ctl not found; scripts/setup installs Debian's postgresql package)";
        return null;
    }

    /// <summary>Creates and starts a cluster; throws with pg_ctl's log when it cannot start.</summary>
    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken = default)
    {
        var bin = FindBinDirectory(out var reason) ?? throw new InvalidOperationException(reason);
        var runAs = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" ? "postgres" : null;
        var root = Path.Combine(Path.GetTempPath(), "fw-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        if (runAs is not null)
        {
            // The temp folder must belong to the user who runs the server.
            await RunAsync("chown", ["-R", runAs, root], null, cancellationToken);
        }

        var cluster = new PostgresCluster(root, bin, runAs, FreePort());
        try
        {
            await cluster.InitAsync(cancellationToken);
            await cluster.StartServerAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates a database (via psql when present, else the caller connects to <c>postgres</c>).</summary>
    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        var createdb = Path.Combine(_binDirectory, "createdb");
        await RunAsync(createdb, ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", User, name], _runAs, cancellationToken);
    }

    private async Task InitAsync(CancellationToken cancellationToken)
    {
        await RunAsync(Path.Combine(_binDirectory, "initdb"),
            ["-D", DataDirectory, "-U", User, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
            _runAs, cancellationToken);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var socketDirectory = Path.Combine(_root, "socket");
        Directory.CreateDirectory(socketDirectory);
        if (_runAs is not null)
        {
            await RunAsync("chown", [_runAs, socketDirectory], null, cancellationToken);
        }

        // fsync off: a throwaway cluster needs speed, not durability across power loss.
        var serverOptions = string.Create(CultureInfo.InvariantCulture,
            $"-p {Port} -k {socketDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        var log = Path.Combine(_root, "server.log");
        try
        {
            await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "-l", log, "-w", "-t", "60", "-o", serverOptions, "start"], _runAs, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : "(no server log)";
            throw new InvalidOperationException(e.Message + Environment.NewLine + serverLog, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped && Directory.Exists(DataDirectory) && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            _stopped = true;
            try
            {
                await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], _runAs, CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // Already stopped or never started: deleting the folder is all that is left.
            }
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, string? runAs, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (runAs is not null)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(runAs);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}{await stdout}");
        }
    }
}
