using System.Globalization;
using FiscalWarehouse.Generator.Accounts;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>How narratives print numbers: 万元 amounts with two decimals, percentages with two decimals and a % sign.</summary>
internal static class Phrases
{
    public static string Wan(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture) + "万元";

    public static string Pct(decimal pct) => pct.ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>"增加3.68万元，增长1.71%" / "减少…，下降…%" / "与上年持平"; the rate is left out when the prior year is zero.</summary>
    public static string Change(decimal current, decimal prior)
    {
        var delta = current - prior;
        if (delta == 0m)
        {
            return "与上年持平";
        }

        var rate = Money.Percent(Math.Abs(delta), prior);
        var verb = delta > 0 ? "增加" : "减少";
        var rateVerb = delta > 0 ? "增长" : "下降";
        return rate is { } r ? $"{verb}{Wan(Math.Abs(delta))}，{rateVerb}{Pct(r)}" : $"{verb}{Wan(Math.Abs(delta))}";
    }
}
