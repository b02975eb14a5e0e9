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
    /// and no thread waits for it meanwhile.
    /// </summary>
    public static Task<string> Start(string file, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, byte[]? input = null)
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

        return Complete(file, program, process, input, cancellationToken);
    }

    private static async Task<string> Complete(string file, string program, Process process, byte[]? input, CancellationToken cancellationToken)
    {
        using (process)
        {
            var feed = input is null ? Task.CompletedTask : Feed(process, input, cancellationToken);
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(DefaultTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                await feed.ConfigureAwait(false);
                var output = await stdout.ConfigureAwait(false);
                var errors = await stderr.ConfigureAwait(false);
                if (process.ExitCode != 0)
                {
                    var first = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
                    throw new DocumentReadException(file, PdfDocumentReader.WholeFile, $"not a readable PDF ({program} exit {process.ExitCode}: {first.Trim()})");
                }

                return output;
            }
            catch (OperationCanceledException)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Already exited between the timeout and the kill.
                }

                cancellationToken.ThrowIfCancellationRequested();
                throw new DocumentReadException(file, null, $"{program} took longer than {DefaultTimeout.TotalSeconds:0} s");
            }
        }
    }

    // Written while the output is read, so neither side waits on a full pipe. A program that stops reading early
    // (it rejected the file) breaks the pipe: its exit code and message tell why, not the write error.
    private static async Task Feed(Process process, byte[] input, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken).ConfigureAwait(false);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
        }
    }
}
