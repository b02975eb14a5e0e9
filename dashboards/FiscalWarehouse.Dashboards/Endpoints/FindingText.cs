using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalWarehouse.Dashboards.Assets;
using FiscalWarehouse.Dashboards.Querying;

namespace FiscalWarehouse.Dashboards.Endpoints;

/// <summary>
/// Findings and loader reasons in Chinese. The ETL writes its messages in English (the `fw validate` contract); the
/// pages and CSV exports show a Chinese sentence instead, from the templates of wwwroot/labels.json ("findings": one per
/// rule id, "phrases": English fragments of loader reasons), filled with the finding's own values. The raw text stays
/// in its column for analysts. Answers without those columns pass through unchanged.
/// </summary>
internal sealed partial class FindingText
{
    private const string DefaultTemplate = "_default";

    private readonly Dictionary<string, string> templates = new(StringComparer.Ordinal);
    private readonly List<(Regex Pattern, string Replacement)> phrases = [];
    private readonly Dictionary<string, string> ruleNames = new(StringComparer.Ordinal);

    public FindingText(EmbeddedAssets assets)
    {
        if (!assets.TryGet("/labels.json", out var asset))
        {
            return;
        }

        using var document = JsonDocument.Parse(asset.Bytes);
        if (document.RootElement.TryGetProperty("findings", out var findings))
        {
            foreach (var property in findings.EnumerateObject())
            {
                templates[property.Name] = property.Value.GetString() ?? "";
            }
        }

        foreach (var property in document.RootElement.GetProperty("values").GetProperty("rule_id").EnumerateObject())
        {
            ruleNames[property.Name] = property.Value.GetString() ?? property.Name;
        }

        if (document.RootElement.TryGetProperty("phrases", out var list))
        {
            foreach (var pair in list.EnumerateArray())
            {
                phrases.Add((new Regex(pair[0].GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), pair[1].GetString()!));
            }
        }
    }

    /// <summary>
    /// Adds message_zh before message (findings: rule_id + message) and reason_zh before reason (held versions,
    /// quarantined files' error); other answers are returned as they are.
    /// </summary>
    public ApiTable Translate(ApiTable table)
    {
        var columns = table.Columns;
        if (columns.Contains("rule_id") && columns.Contains("message"))
        {
            return Insert(table, "message", "message_zh", row => Render(row, columns));
        }

        // mart_anomaly_detail's reason_zh lists a report's error rules by id: name them.
        if (columns.Contains("reason_zh"))
        {
            var at = IndexOf(columns, "reason_zh");
            return new ApiTable(columns, [.. table.Rows.Select(row =>
            {
                var next = (object?[])row.Clone();
                next[at] = row[at] is string text ? RuleId().Replace(text, m => ruleNames.GetValueOrDefault(m.Value, m.Value)) : row[at];
                return next;
            })], table.Truncated);
        }

        foreach (var source in new[] { "reason", "error" })
        {
            if (columns.Contains(source))
            {
                var at = IndexOf(columns, source);
                return Insert(table, source, "reason_zh", row => row[at] is string text ? Phrase(text) : null);
            }
        }

        return table;
    }

    /// <summary>A loader reason with every known English fragment in Chinese (unknown fragments stay as they are).</summary>
    public string Phrase(string text)
    {
        foreach (var (pattern, replacement) in phrases)
        {
            text = pattern.Replace(text, m => Placeholder().Replace(replacement, p => m.Groups[int.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture)].Value));
        }

        return text;
    }

    private string Render(object?[] row, IReadOnlyList<string> columns)
    {
        object? Value(string name)
        {
            var i = IndexOf(columns, name);
            return i < 0 ? null : row[i];
        }

        var rule = Value("rule_id") as string ?? "";
        var message = Value("message") as string ?? "";
        var template = templates.GetValueOrDefault(rule) ?? templates.GetValueOrDefault(DefaultTemplate);
        if (template is null)
        {
            return message;
        }

        var unit = Value("amount_unit") as string is { Length: > 0 } u ? u : UnitInMessage().Match(message).Value;
        var column = ColumnInMessage().Match(message);
        var quoted = QuotedInMessage().Match(message);
        var rowLabel = Value("row_label") as string;
        var text = Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "row" => string.IsNullOrWhiteSpace(rowLabel) ? "" : $"“{rowLabel}”行",
            "column" => column.Success ? $"“{column.Groups[1].Value}”栏" : "",
            "quoted" => quoted.Success ? $"“{quoted.Groups[1].Value}”" : "",
            "tolerance" => message.Contains("within rounding tolerance", StringComparison.Ordinal) ? "（在舍入误差范围内）" : "",
            "reason" => Phrase(message),
            "expected" => Amount(Value("expected"), unit),
            "printed" => Amount(Value("printed"), unit),
            "difference" => Amount(Value("difference"), unit),
            "expected_pct" => Percent(Value("expected")),
            "printed_pct" => Percent(Value("printed")),
            "difference_pct" => Percent(Value("difference")),
            _ => m.Value,
        });
        return text.StartsWith('：') ? text[1..] : text;
    }

    private static string Amount(object? value, string unit) =>
        value is decimal d ? d.ToString("#,##0.00", CultureInfo.InvariantCulture) + (unit.Length > 0 ? " " + unit : "") : "（无）";

    private static string Percent(object? value) =>
        value is decimal d ? d.ToString("#,##0.00", CultureInfo.InvariantCulture) + "%" : "（无）";

    private static ApiTable Insert(ApiTable table, string before, string name, Func<object?[], object?> value)
    {
        var at = IndexOf(table.Columns, before);
        var columns = table.Columns.ToList();
        columns.Insert(at, name);
        var rows = table.Rows.Select(row =>
        {
            var next = row.ToList();
            next.Insert(at, value(row));
            return next.ToArray();
        }).ToList();
        return new ApiTable(columns, rows, table.Truncated);
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\{([a-z_0-9]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"column '([^']*)'")]
    private static partial Regex ColumnInMessage();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex QuotedInMessage();

    [GeneratedRegex(@"\b[a-z_]+\.[a-z_]+\b")]
    private static partial Regex RuleId();

    [GeneratedRegex("万元|元")]
    private static partial Regex UnitInMessage();
}
