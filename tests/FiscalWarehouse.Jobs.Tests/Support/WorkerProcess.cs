using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>A real `fw worker` process (through ./fw), its output kept for the failure message.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static WorkerProcess Start(IReadOnlyDictionary<string, string> environment, bool scanNow)
    {
        var start = new ProcessStartInfo(RepoPaths.Fw)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("worker");
        if (scanNow)
        {
            start.ArgumentList.Add("--now");
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start ./fw worker");
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits until the worker logs that it started (./fw may build the CLI first).</summary>
    public async Task WaitStartedAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await Eventually.WaitAsync(() => Output.Contains("[3040]", StringComparison.Ordinal) || HasExited, timeout, "worker start", cancellationToken);
        if (HasExited)
        {
            throw new InvalidOperationException("worker exited at start:\n" + Output);
        }
    }

    /// <summary>SIGTERM, as systemd or Ctrl+C would; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!_process.HasExited)
        {
            Signal("TERM");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    /// <summary>kill -9 of the worker itself (the dotnet process ./fw exec'd into): no cleanup of any kind.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            Signal("KILL");
            _process.WaitForExit();
        }
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
