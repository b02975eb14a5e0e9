using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// A 功能分类 name path printed with markers: <c>社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）</c>
/// (seed 003, line 516), or with the code digits inside the markers, <c>公共安全支出（204类）司法（06款）行政运行（01项）</c>
/// (the Shanghai PDF template), which prints the code 2040601 outright.
/// </summary>
internal static partial class SubjectPath
{
    /// <summary>The path in a normalized label (at least 类 and 款), and the code when the markers print its digits.</summary>
    public static (IReadOnlyList<string> Names, string? PrintedCode)? Find(string normalized)
    {
        // The pattern needs a 类 marker: most labels have none, and the regex scan is costly.
        if (!normalized.Contains("类）", StringComparison.Ordinal))
        {
            return null;
        }

        var match = Path().Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        var className = LeadingOrdinal().Replace(match.Groups["c"].Value, "");
        var names = new List<string> { className, match.Groups["k"].Value };
        if (match.Groups["x"].Success && match.Groups["x"].Value.Length > 0)
        {
            names.Add(match.Groups["x"].Value);
        }

        if (names.Any(n => n.Length == 0))
        {
            return null;
        }

        var digits = match.Groups["cc"].Value + match.Groups["kc"].Value + (names.Count == 3 ? match.Groups["xc"].Value : "");
        var printed = match.Groups["cc"].Success && match.Groups["kc"].Success && (names.Count == 2 || match.Groups["xc"].Success)
            ? digits
            : null;
        return (names, printed);
    }

    public static string Display(IReadOnlyList<string> path) => string.Join(" / ", path);

    [GeneratedRegex(@"(?<c>[^，。；：、（）]{2,30}?)（(?<cc>\d{3})?类）(?<k>[^，。；：、]{1,40}?)（(?<kc>\d{2})?款）(?:(?<x>[^，。；：、]{1,40}?)（(?<xc>\d{2})?项）)?")]
    private static partial Regex Path();

    [GeneratedRegex(@"^[\d.．、]+")]
    private static partial Regex LeadingOrdinal();
}
