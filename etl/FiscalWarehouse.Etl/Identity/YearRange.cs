using System.Globalization;

namespace FiscalWarehouse.Etl.Identity;

/// <summary>
/// The years a disclosure can be about: 预算/决算 公开 began long after 1990, and a budget is published at most a year
/// or so ahead. A year outside the range is a misprint or a hostile file (`99999年度`, `0000年`), never stored.
/// </summary>
public static class YearRange
{
    public const int First = 1990;

    public static int Last(TimeProvider? time = null) => (time ?? TimeProvider.System).GetUtcNow().Year + 2;

    public static bool Contains(int year, TimeProvider? time = null) => year >= First && year <= Last(time);

    public static string Describe(TimeProvider? time = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{First}…{Last(time)}");
}
