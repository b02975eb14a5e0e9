using Hangfire;
using Hangfire.Common;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>
/// Transient failures retry with growing delays (first delay ×3 each time), the configured number of times.
/// Permanent ones never reach this: the jobs quarantine a bad document themselves instead of throwing.
/// </summary>
public static class RetryPolicy
{
    public static void Install(JobsOptions options)
    {
        // Hangfire's log provider is static: a host built earlier in this process (tests) left one bound to its
        // disposed logger factory. Reset it; the new host binds its own when it starts.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        // Hangfire registers a global 10-attempt retry by default; ours replaces it, it does not add to it.
        foreach (var filter in GlobalJobFilters.Filters.Where(f => f.Instance is AutomaticRetryAttribute).ToList())
        {
            GlobalJobFilters.Filters.Remove(filter.Instance);
        }

        GlobalJobFilters.Filters.Add(new AutomaticRetryAttribute
        {
            Attempts = options.Retries,
            DelaysInSeconds = Delays(options),
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
            LogEvents = true,
        });
    }

    public static int[] Delays(JobsOptions options) =>
        [.. Enumerable.Range(0, Math.Max(1, options.Retries)).Select(i => (int)Math.Min(3600, options.RetryDelaySeconds * Math.Pow(3, i)))];

    internal static JobFilter? Current => GlobalJobFilters.Filters.FirstOrDefault(f => f.Instance is AutomaticRetryAttribute);
}
