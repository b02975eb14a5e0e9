namespace FiscalWarehouse.Generator.Randomness;

/// <summary>
/// xoshiro256** seeded through splitmix64. Our own generator rather than System.Random so that a seed gives the same
/// corpus on every runtime version, forever: the truth folders of old runs stay reproducible.
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>An independent stream for a named purpose, so adding draws in one place does not shift all others.</summary>
    public SeededRandom Fork(string purpose)
    {
        var h = 14695981039346656037UL;
        foreach (var c in purpose)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return new SeededRandom(NextULong() ^ h);
    }

    public ulong NextULong()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [min, max).</summary>
    public int Next(int min, int max)
    {
        if (max <= min)
        {
            return min;
        }

        return min + (int)(NextULong() % (ulong)(max - min));
    }

    /// <summary>Uniform in [min, max] for long ranges (amounts in hundredths).</summary>
    public long NextLong(long min, long max) => max <= min ? min : min + (long)(NextULong() % (ulong)(max - min + 1));

    /// <summary>True with probability <paramref name="p"/> (a decimal, so rates from the command line stay exact).</summary>
    public bool Chance(decimal p) => p > 0m && NextLong(0, 999_999) < (long)(p * 1_000_000m);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(0, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
