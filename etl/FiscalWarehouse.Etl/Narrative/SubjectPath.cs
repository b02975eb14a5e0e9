using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// A 功能分类 name path printed with markers: <c>社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）</c>
/// (seed 003, line 516), or with the code digits inside the markers, <c>公共安全支出（204类）司法（06款）行政运行（01项）</c>
/// (the Shanghai PDF template), which prints the code 2040601 outright. Templates that list a class's items under a
/// heading <c>（一）一般公共服务支出（类）</c> print each item as <c>2.审计事务（款）一般行政管理事务（项）支出339.5万元</c>
/// (the Jiangsu template): a path without its 类, <see cref="HasClass"/> false, which the reader places under the class
/// named last.
/// </summary>
internal static partial class SubjectPath
{
    /// <summary>The path in a normalized label (类 and 款, or 款 alone), and the code when the markers print its digits.</summary>
    public static (IReadOnlyList<string> Names, string? PrintedCode, bool HasClass)? Find(string normalized)
    {
        // The patterns need a 类 or 款 marker: most labels have none, and the regex scan is costly.
        var hasClass = normalized.Contains("类）", StringComparison.Ordinal);
        if (!hasClass && !normalized.Contains("款）", StringComparison.Ordinal))
        {
            return null;
        }

        var match = hasClass ? Path().Match(normalized) : Match.Empty;
        if (!match.Success)
        {
            return SectionPath(normalized);
        }

        var names = new List<string> { Clean(match.Groups["c"].Value), Clean(match.Groups["k"].Value) };
        if (match.Groups["x"].Success && match.Groups["x"].Value.Length > 0)
        {
            names.Add(Clean(match.Groups["x"].Value));
        }

        if (names.Any(n => n.Length == 0))
        {
            return null;
        }

        var digits = match.Groups["cc"].Value + match.Groups["kc"].Value + (names.Count == 3 ? match.Groups["xc"].Value : "");
        var printed = match.Groups["cc"].Success && match.Groups["kc"].Success && (names.Count == 2 || match.Groups["xc"].Success)
            ? digits
            : null;
        return (names, printed, true);
    }

    /// <summary>The 类 a label names on its own (<c>（一）一般公共服务支出（类）</c>), for the items printed under it.</summary>
    public static string? ClassOf(string normalized)
    {
        if (!normalized.Contains("类）", StringComparison.Ordinal))
        {
            return null;
        }

        var match = ClassOnly().Match(normalized);
        var name = match.Success ? Clean(match.Groups["c"].Value) : "";
        return name.Length >= 2 ? name : null;
    }

    public static string Display(IReadOnlyList<string> path) => string.Join(" / ", path);

    private static (IReadOnlyList<string> Names, string? PrintedCode, bool HasClass)? SectionPath(string normalized)
    {
        var match = Sections().Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        var names = new List<string> { Clean(match.Groups["k"].Value) };
        if (match.Groups["x"].Success && match.Groups["x"].Value.Length > 0)
        {
            names.Add(Clean(match.Groups["x"].Value));
        }

        return names.Any(n => n.Length == 0) ? null : (names, null, false);
    }

    /// <summary>A name without the list ordinal printed before it (<c>1.审计事务</c>, <c>（二）社会保障和就业支出</c>).</summary>
    private static string Clean(string name) => LeadingOrdinal().Replace(name, "");

    [GeneratedRegex(@"(?<c>[^，。；：、（）]{2,30}?)（(?<cc>\d{3})?类）(?<k>[^，。；：、]{1,40}?)（(?<kc>\d{2})?款）(?:(?<x>[^，。；：、]{1,40}?)（(?<xc>\d{2})?项）)?")]
    private static partial Regex Path();

    [GeneratedRegex(@"(?<k>[^，。；：、（）]{2,40}?)（(?:\d{2})?款）(?:(?<x>[^，。；：、]{1,40}?)（(?:\d{2})?项）)?")]
    private static partial Regex Sections();

    [GeneratedRegex(@"(?<c>[^，。；：、（）]{2,30}?)（(?:\d{3})?类）")]
    private static partial Regex ClassOnly();

    [GeneratedRegex(@"^(?:[\d.．、]+|[一二三四五六七八九十]{1,3}[、.．]|（[一二三四五六七八九十\d]{1,3}）)+")]
    private static partial Regex LeadingOrdinal();
}
