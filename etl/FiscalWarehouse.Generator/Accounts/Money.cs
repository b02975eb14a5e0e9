using FiscalWarehouse.Generator.Randomness;

namespace FiscalWarehouse.Generator.Accounts;

/// <summary>Amounts are 万元 with two decimals, always built from whole hundredths so every printed sum is exact.</summary>
internal static class Money
{
    public static decimal Cents(long hundredths) => hundredths / 100m;

    public static long ToCents(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>A random amount in [min, max] 万元.</summary>
    public static decimal Between(SeededRandom random, decimal min, decimal max) => Cents(random.NextLong(ToCents(min), ToCents(max)));

    /// <summary>Scales an amount by a factor and rounds to the hundredth (the result is a new printed value, not a derived one).</summary>
    public static decimal Scale(decimal amount, decimal factor) => decimal.Round(amount * factor, 2, MidpointRounding.AwayFromZero);

    /// <summary>Splits a total into parts proportional to jittered weights; the parts add up to the total exactly.</summary>
    public static decimal[] Split(SeededRandom random, decimal total, IReadOnlyList<int> weights)
    {
        var cents = ToCents(total);
        var jittered = weights.Select(w => (long)w * random.Next(70, 131)).ToArray();
        var sum = jittered.Sum();
        var parts = new long[weights.Count];
        long given = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = sum == 0 ? 0 : cents * jittered[i] / sum;
            given += parts[i];
        }

        if (parts.Length > 0)
        {
            parts[0] += cents - given;
        }

        return [.. parts.Select(Cents)];
    }

    /// <summary>A percentage as the narratives print it: 2 decimals, half away from zero; null when the base is zero.</summary>
    public static decimal? Percent(decimal part, decimal whole) =>
        whole == 0m ? null : decimal.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero);
}
