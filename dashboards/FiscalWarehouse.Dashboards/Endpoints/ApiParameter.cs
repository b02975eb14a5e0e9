using System.Globalization;

namespace FiscalWarehouse.Dashboards.Endpoints;

/// <summary>
/// A query-string filter an API accepts, with its validation. The parsed value is bound to the SQL parameter of the
/// same name; nothing from the request ever becomes SQL text.
/// </summary>
internal sealed record ApiParameter(string Name, string Description, Func<string, object?> Parse)
{
    public static readonly ApiParameter Year = new("year", "年度，如 2023", text =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100
            ? year
            : throw new FormatException("年度应为 1990–2100 之间的四位数字"));

    /// <summary>A GB/T 2260 code; bound as the code prefix that covers the region (140000 → 14, 140500 → 1405).</summary>
    public static readonly ApiParameter Region = new("region", "GB/T 2260 区划代码（省、市或县），含下级", text =>
        text.Length == 6 && text.All(char.IsAsciiDigit)
            ? RegionPrefix(text)
            : throw new FormatException("区划代码应为 6 位数字（GB/T 2260）"));

    public static readonly ApiParameter Kind = new("kind", "部门 或 单位", text => OneOf(text, "部门", "单位"));

    public static readonly ApiParameter Phase = new("phase", "预算 或 决算", text => OneOf(text, "预算", "决算"));

    public static readonly ApiParameter Scope = new("scope", "口径（见 /api/execution-rate/scopes）", text => Text(text, 100));

    public static readonly ApiParameter Unit = new("unit", "单位编号 unit_id（见 /api/units）", Id);

    public static readonly ApiParameter Search = new("q", "单位名称包含的文字", text => Text(text, 100));

    public static readonly ApiParameter Severity = new("severity", "error、warning 或 info", text => OneOf(text, "error", "warning", "info"));

    public static readonly ApiParameter Rule = new("rule", "规则编号 rule_id", text => Text(text, 100));

    public static readonly ApiParameter Report = new("report", "报告版本编号 report_version_id", Id);

    public static readonly ApiParameter Line = new("line", "源文件行号（1 起）", text =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line >= 1
            ? line
            : throw new FormatException("行号应为正整数"));

    public static readonly ApiParameter Family = new("family", "事实表族：income、expenditure、basic_economic、three_public、performance、narrative、other", text =>
        OneOf(text, "income", "expenditure", "basic_economic", "three_public", "performance", "narrative", "other"));

    /// <summary>An anomaly kind of mart_anomalies (its flag column).</summary>
    public static readonly ApiParameter Flag = new("flag", "异常类型：execution_rate_pefa、three_public_over_budget、three_public_yoy_jump、published_rate_mismatch、project_rate_mismatch、report_error_findings", text =>
        OneOf(text, "execution_rate_pefa", "three_public_over_budget", "three_public_yoy_jump", "published_rate_mismatch", "project_rate_mismatch", "report_error_findings"));

    /// <summary>The severity of an anomaly (not of a validation finding, which is error / warning / info).</summary>
    public static readonly ApiParameter Level = new("level", "异常程度：high、medium 或 low", text => OneOf(text, "high", "medium", "low"));

    /// <summary>A PEFA band of the rate against 年初预算; "none" means no rate could be computed.</summary>
    public static readonly ApiParameter Band = new("band", "PEFA 档：A、B、C、D 或 none（无执行率）", text => OneOf(text, "A", "B", "C", "D", "none"));

    /// <summary>Over- or under-spending: 决算 above or below 年初预算.</summary>
    public static readonly ApiParameter Direction = new("direction", "over（超支，决算高于年初预算）或 under（未执行完，决算低于年初预算）", text => OneOf(text, "over", "under"));

    /// <summary>Which end of a ranking: the highest values or the lowest.</summary>
    public static readonly ApiParameter End = new("end", "high（最高端，默认）或 low（最低端）", text => OneOf(text, "high", "low"));

    /// <summary>How many rows a ranking shows.</summary>
    public static readonly ApiParameter Count = new("n", "排名的个数（1–100，默认 10）", text =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100
            ? n
            : throw new FormatException("n 应为 1–100 之间的整数"));

    private static object Id(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new FormatException("编号应为非负整数");

    private static string OneOf(string text, params string[] allowed) =>
        allowed.Contains(text, StringComparer.Ordinal)
            ? text
            : throw new FormatException($"应为 {string.Join("、", allowed)} 之一");

    private static string Text(string text, int maxLength) =>
        text.Length <= maxLength ? text : throw new FormatException($"最多 {maxLength.ToString(CultureInfo.InvariantCulture)} 个字符");

    private static string RegionPrefix(string code)
    {
        var prefix = code;
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return prefix;
    }
}
