using Microsoft.Extensions.Caching.Memory;

namespace FiscalWarehouse.Dashboards.Querying;

/// <summary>
/// API answers already written, keyed by the snapshot they were read from and the validated request. A snapshot is a
/// read-only copy that is replaced, never changed, so an answer stays right for as long as its snapshot is current;
/// each manager opening the same page then costs the server no query. Bounded in bytes (an answer larger than an
/// eighth of the budget is never kept), entries of replaced snapshots simply age out.
/// </summary>
internal sealed class AnswerCache : IDisposable
{
    private readonly MemoryCache? cache;
    private readonly long budget;
    private long hits;

    public AnswerCache(int megabytes)
    {
        budget = (long)megabytes * 1024 * 1024;
        cache = budget > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = budget }) : null;
    }

    /// <summary>Answers served from the cache since start (tests and diagnostics).</summary>
    public long Hits => Interlocked.Read(ref hits);

    public bool TryGet(string key, out CachedAnswer answer)
    {
        if (cache is not null && cache.TryGetValue(key, out CachedAnswer? found) && found is not null)
        {
            Interlocked.Increment(ref hits);
            answer = found;
            return true;
        }

        answer = null!;
        return false;
    }

    public void Add(string key, CachedAnswer answer)
    {
        if (cache is null || answer.Body.Length > budget / 8)
        {
            return;
        }

        cache.Set(key, answer, new MemoryCacheEntryOptions { Size = answer.Body.Length + key.Length * 2L, SlidingExpiration = TimeSpan.FromMinutes(30) });
    }

    public void Dispose() => cache?.Dispose();

    internal sealed record CachedAnswer(byte[] Body, string ContentType, string? ContentDisposition);
}
