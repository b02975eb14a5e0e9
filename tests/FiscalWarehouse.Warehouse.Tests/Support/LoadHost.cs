using System.Diagnostics;
using System.Globalization;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;

namespace FiscalWarehouse.Warehouse.Tests.Support;

/// <summary>A child process running this test assembly as a warehouse writer ("hold" the lock, or "load" bulk reports).</summary>
public sealed class LoadHost : IDisposable
{
    public const string Flag = "--fw-load-host";

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<string> _errors = [];

    private LoadHost(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (_lines)
                {
                    _lines.Add(line);
                }
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (_lines)
                {
                    _errors.Add(line);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static LoadHost Start(string mode, string db, int count = 0, int first = 1, int waitSeconds = 0)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(LoadHost).Assembly.Location, Flag, mode, db, count.ToString(CultureInfo.InvariantCulture), first.ToString(CultureInfo.InvariantCulture), waitSeconds.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        return new LoadHost(Process.Start(info)!);
    }

    public Process Process => _process;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void WaitForLine(string line, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!Lines.Contains(line))
        {
            if (_process.HasExited)
            {
                // HasExited turns true before the async readers deliver the last lines; the untimed wait drains them.
                _process.WaitForExit();
            }

            if (watch.Elapsed > timeout || _process.HasExited && !Lines.Contains(line))
            {
                string errors;
                lock (_lines)
                {
                    errors = string.Join(" | ", _errors);
                }

                throw new TimeoutException($"load host did not print '{line}' (printed: {string.Join(" | ", Lines)}; exit {(_process.HasExited ? _process.ExitCode : "-")}; stderr: {errors})");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>kill -9: no finally blocks, no flush, no checkpoint.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    /// <summary>The child's side.</summary>
    internal static int Run(string[] args)
    {
        var (mode, db, count) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        var first = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        var wait = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0;
        using var writer = WarehouseWriter.Open(new WarehouseOptions { Path = db, WriterWaitSeconds = wait });
        if (mode == "hold")
        {
            Console.WriteLine("holding");
            Console.Out.Flush();
            Console.In.ReadToEnd();
            return 0;
        }

        Console.WriteLine("opened");
        for (var i = first; i < first + count; i++)
        {
            var outcome = writer.Load($"bulk-{i}.txt", SampleReports.Bulk(i), CancellationToken.None);
            Console.WriteLine($"{outcome.StatusText} {i}");
            Console.Out.Flush();
        }

        Console.WriteLine("done");
        return 0;
    }
}
