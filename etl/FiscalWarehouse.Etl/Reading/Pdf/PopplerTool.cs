using System.Diagnostics;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// Runs a poppler-utils program as a child process: arguments as a list (never through a shell, so a file name
/// cannot inject anything), bounded by a timeout, killed with its children on timeout or cancellation.
/// </summary>
internal static class PopplerTool
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static bool IsInstalled(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>
    /// Runs the program and returns its standard output; throws <see cref="DocumentReadException"/> on failure.
    /// <paramref name="input"/>, when given, is fed to its standard input (poppler reads a PDF named "-" from there).
    /// </summary>
    public static string Run(string file, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, byte[]? input = null) =>
        Start(file, program, arguments, cancellationToken, input).GetAwaiter().GetResult();

    /// <summary>
    /// As <see cref="Run"/>, but returns once the program is started (on this thread): its output comes with the task,
    /// read meanwhile by a thread of its own (not a pool thread, which the parse workers need).
    /// </summary>
    public static Task<string> Start(string file, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, byte[]? input = null) =>
        Start(file, program, arguments, static output => output.ReadToEnd(), cancellationToken, input);

    /// <summary>
    /// As <see cref="Start(string, string, IReadOnlyList{string}, CancellationToken, byte[])"/>, but the output is
    /// consumed as it comes by <paramref name="readOutput"/> on the reading thread (what it leaves unread is
    /// discarded): a large output never has to be held whole as one string. Its result is thrown away when the
    /// program fails; its exception, if it throws, ends the program and is the task's.
    /// </summary>
    public static Task<T> Start<T>(string file, string program, IReadOnlyList<string> arguments, Func<TextReader, T> readOutput,
        CancellationToken cancellationToken, byte[]? input = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DocumentReadException(file, null, $"{program} could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new DocumentReadException(file, null, $"{program} is not available (install poppler-utils): {e.Message}");
        }

        return Complete(file, program, process, input, readOutput, cancellationToken);
    }

    // Blocking reads on threads of their own, not the async pipe reads: those brought the socket engine, the async
    // state machines and Process.WaitForExitAsync into every process, ~150 methods JIT-compiled on a PDF's path
    // (docs/benchmarks.md, round 11). A watchdog kills the program on the timeout or on cancellation, which ends
    // the reads.
    private static Task<T> Complete<T>(string file, string program, Process process, byte[]? input, Func<TextReader, T> readOutput,
        CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Wait(file, program, process, input, readOutput, cancellationToken), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static T Wait<T>(string file, string program, Process process, byte[]? input, Func<TextReader, T> readOutput, CancellationToken cancellationToken)
    {
        using (process)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(DefaultTimeout);
            var stopped = 0;
            T output = default!;
            var errors = "";
            System.Runtime.ExceptionServices.ExceptionDispatchInfo? failed = null;
            var killedForFailure = false;
            using (timeout.Token.Register(() =>
            {
                Volatile.Write(ref stopped, 1);
                Kill(process);
            }))
            {
                var feeder = input is null ? null : Background(() => Feed(process, input));
                var errorReader = Background(() => errors = process.StandardError.ReadToEnd());
                try
                {
                    output = readOutput(process.StandardOutput);
                    // What the reader left unread must still leave the pipe, or the program blocks on it and never exits.
                    process.StandardOutput.BaseStream.CopyTo(Stream.Null);
                }
                catch (Exception e)
                {
                    failed = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                    killedForFailure = !process.HasExited;
                    Kill(process);
                }

                errorReader.Join();
                feeder?.Join();
                process.WaitForExit();
            }

            if (Volatile.Read(ref stopped) == 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new DocumentReadException(file, null, $"{program} took longer than {DefaultTimeout.TotalSeconds:0} s");
            }

            // A program that failed by itself explains its output better than what reading that output ran into.
            if (process.ExitCode != 0 && !killedForFailure)
            {
                var first = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
                throw new DocumentReadException(file, PdfDocumentReader.WholeFile, $"not a readable PDF ({program} exit {process.ExitCode}: {first.Trim()})");
            }

            failed?.Throw();

            return output;
        }
    }

    private static Thread Background(ThreadStart work)
    {
        var thread = new Thread(work) { IsBackground = true };
        thread.Start();
        return thread;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the timeout and the kill.
        }
    }

    // Written while the output is read, so neither side waits on a full pipe. A program that stops reading early
    // (it rejected the file) breaks the pipe: its exit code and message tell why, not the write error.
    private static void Feed(Process process, byte[] input)
    {
        try
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
        }
    }
}
