namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>Polls a condition; fails with what was awaited when it does not come true in time (a hang guard, not a timing assertion).</summary>
internal static class Eventually
{
    public static async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what, CancellationToken cancellationToken, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out after {timeout.TotalSeconds:0}s waiting for {what}{(diagnostics is null ? "" : "\n" + diagnostics())}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
