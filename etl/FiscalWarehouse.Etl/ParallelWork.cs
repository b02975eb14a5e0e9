namespace FiscalWarehouse.Etl;

/// <summary>
/// Runs <c>body(0)</c> … <c>body(count − 1)</c> on up to <c>workers</c> threads (the caller's among them), each taking
/// the next index as it finishes one, in index order: what <c>Parallel.For</c> and <c>Parallel.ForEach</c> over a
/// non-buffering partitioner did here. The framework's loops are generic code that ReadyToRun cannot hold for our
/// bodies, JIT-compiled in every `fw` process (a few large methods, on the path of a one-file load; docs/benchmarks.md,
/// round 11); this one is precompiled with the rest. As with Parallel: a failure stops handing out indices and the
/// failures come back together in an <see cref="AggregateException"/>; a cancelled token throws
/// <see cref="OperationCanceledException"/>.
/// </summary>
public static class ParallelWork
{
    public static void For(int count, int workers, CancellationToken cancellationToken, Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var next = -1;
        var failed = 0;
        var failures = new List<Exception>();

        void Work()
        {
            while (Volatile.Read(ref failed) == 0 && !cancellationToken.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= count)
                {
                    return;
                }

                try
                {
                    body(i);
                }
                catch (Exception e)
                {
                    lock (failures)
                    {
                        failures.Add(e);
                    }

                    Volatile.Write(ref failed, 1);
                }
            }
        }

        var helpers = new Task[Math.Max(0, Math.Min(workers, count) - 1)];
        for (var t = 0; t < helpers.Length; t++)
        {
            helpers[t] = Task.Run(Work, CancellationToken.None);
        }

        Work();
        Task.WaitAll(helpers);
        cancellationToken.ThrowIfCancellationRequested();
        if (failures.Count > 0)
        {
            throw new AggregateException(failures);
        }
    }
}
