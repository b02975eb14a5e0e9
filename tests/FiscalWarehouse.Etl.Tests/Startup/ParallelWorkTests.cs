using CsCheck;

namespace FiscalWarehouse.Etl.Tests.Startup;

/// <summary>ParallelWork.For does what Parallel.For did for the PDF pages and the load's files.</summary>
public sealed class ParallelWorkTests
{
    [Fact]
    public void For_RunsEveryIndexExactlyOnce_WhateverTheCountAndWorkers()
    {
        Gen.Select(Gen.Int[0, 200], Gen.Int[1, 8]).Sample((count, workers) =>
        {
            var runs = new int[count];
            ParallelWork.For(count, workers, CancellationToken.None, i => Interlocked.Increment(ref runs[i]));
            Assert.All(runs, r => Assert.Equal(1, r));
        }, iter: 200);
    }

    [Fact]
    public void For_AFailingBody_StopsHandingOutWork_AndThrowsTheFailureAggregated()
    {
        var started = 0;
        var thrown = Assert.Throws<AggregateException>(() => ParallelWork.For(10_000, 2, CancellationToken.None, i =>
        {
            Interlocked.Increment(ref started);
            if (i == 3)
            {
                throw new InvalidDataException("page 4 is broken");
            }
        }));

        Assert.Contains(thrown.InnerExceptions, e => e is InvalidDataException { Message: "page 4 is broken" });
        Assert.True(started < 10_000, $"{started} bodies ran after the failure");
    }

    [Fact]
    public void For_ACancelledToken_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var ran = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => ParallelWork.For(1_000, 2, cancel.Token, i =>
        {
            if (Interlocked.Increment(ref ran) == 5)
            {
                cancel.Cancel();
            }
        }));
        Assert.True(ran < 1_000);
    }
}
