using System.Diagnostics;
using System.Text;
using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// The child-process runner under pdftotext and pdftoppm (blocking reads on threads of their own, a watchdog for the
/// timeout and cancellation), exercised with ordinary programs: both pipes full at once, a failing program, a hung one.
/// </summary>
public sealed class PopplerToolTests
{
    [Fact]
    public void Run_FeedsAndReadsMoreThanAPipeHolds_WithoutWaitingOnEachOther()
    {
        var input = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0123456789abcdef\n", 300_000)));

        var output = PopplerTool.Run("big.pdf", "cat", [], TestContext.Current.CancellationToken, input);

        Assert.Equal(input.Length, output.Length);
        Assert.Equal(Encoding.ASCII.GetString(input), output);
    }

    [Fact]
    public void Run_AProgramWritingMuchToStandardError_StillCompletes()
    {
        var output = PopplerTool.Run("noisy.pdf", "sh", ["-c", "head -c 300000 /dev/zero | tr '\\000' x >&2; echo done"], TestContext.Current.CancellationToken);

        Assert.Equal("done\n", output);
    }

    [Fact]
    public void Run_AFailingProgram_IsAReadErrorNamingItsExitCodeAndFirstMessage()
    {
        var error = Assert.Throws<DocumentReadException>(() =>
            PopplerTool.Run("bad.pdf", "sh", ["-c", "echo 'Syntax Error: broken xref' >&2; echo more >&2; exit 3"], TestContext.Current.CancellationToken));

        Assert.Equal("bad.pdf", error.File);
        Assert.Contains("sh exit 3: Syntax Error: broken xref", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Cancelled_KillsAHungProgramAndThrowsCancellation()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => PopplerTool.Run("hung.pdf", "sleep", ["60"], cancel.Token));

        // Not a speed check: without the kill the read would last the program's 60 s.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"returned after {watch.Elapsed}");
    }

    [Fact]
    public async Task Start_ReaderTakesOnlyTheFirstLine_TheRestIsDrainedAndTheProgramEnds()
    {
        // 5 MB after the first line: a program left blocked on a full pipe would never exit.
        var first = await PopplerTool.Start("long.pdf", "sh", ["-c", "echo first; head -c 5000000 /dev/zero | tr '\\000' x"],
            static output => output.ReadLine(), TestContext.Current.CancellationToken);

        Assert.Equal("first", first);
    }

    [Fact]
    public async Task Start_ReaderThrows_TheProgramIsEndedAndTheReadersExceptionIsTheTasks()
    {
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<FormatException>(() => PopplerTool.Start<int>("odd.pdf", "sh", ["-c", "echo not-a-number; sleep 60"],
            static output => int.Parse(output.ReadLine()!, System.Globalization.CultureInfo.InvariantCulture), TestContext.Current.CancellationToken));

        Assert.NotNull(error);
        // Not a speed check: without the kill the wait would last the program's 60 s.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"returned after {watch.Elapsed}");
    }

    [Fact]
    public async Task Start_AFailingProgram_IsAReadErrorEvenWhenItsOutputConfusedTheReader()
    {
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => PopplerTool.Start<int>("bad.pdf", "sh", ["-c", "echo garbage; echo 'Syntax Error: no xref' >&2; exit 1"],
            static output =>
            {
                var line = output.ReadLine()!;
                output.ReadToEnd();
                return int.Parse(line, System.Globalization.CultureInfo.InvariantCulture);
            }, TestContext.Current.CancellationToken));

        Assert.Contains("sh exit 1: Syntax Error: no xref", error.Reason, StringComparison.Ordinal);
    }
}
