using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>Row keys: codes (joined from 类/款/项 parts or split off a glued name), levels and total/footer rows, by label.</summary>
internal static partial class RowKinds
{
    /// <summary>
    /// 3, 5 or 7 decimal digits (<c>^\d{3}(?:\d{2}){0,2}$</c>, a final line feed allowed as <c>$</c> allows it), tested
    /// without the regex engine: asked of every cell of each column whose header does not name its role.
    /// </summary>
    public static bool IsCode(string text)
    {
        var digits = text.AsSpan();
        if (digits.Length > 0 && digits[^1] == '\n')
        {
            digits = digits[..^1];
        }

        if (digits.Length is not (3 or 5 or 7))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public static SubjectLevel LevelOf(string? code) => code?.Length switch
    {
        3 => SubjectLevel.Class,
        5 => SubjectLevel.Section,
        7 => SubjectLevel.Item,
        _ => SubjectLevel.None,
    };

    /// <summary>"2011350事业运行" or "201 一般公共服务支出" → code and name.</summary>
    public static bool TrySplitGlued(string text, out string code, out string name)
    {
        // The pattern starts with a digit: labels (most rows) are settled without running it.
        if (text.Length == 0 || !char.IsDigit(text[0]))
        {
            code = "";
            name = text;
            return false;
        }

        var m = Glued().Match(text);
        code = m.Success ? m.Groups[1].Value : "";
        name = m.Success ? m.Groups[2].Value.Trim() : text;
        return m.Success;
    }

    /// <summary>Joins code parts printed in separate 类/款/项 columns ("201","13","50" or "201","20113","2011350").</summary>
    public static string? JoinParts(IReadOnlyList<string> parts)
    {
        var code = "";
        // An indexed loop and a span test: this runs for every row of every table.
        for (var i = 0; i < parts.Count; i++)
        {
            var raw = parts[i];
            var part = raw.Contains(' ', StringComparison.Ordinal) ? raw.Replace(" ", "", StringComparison.Ordinal) : raw;
            if (part.Length == 0 || part.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }

            code = part.StartsWith(code, StringComparison.Ordinal) && part.Length > code.Length ? part : code + part;
        }

        return code.Length == 0 ? null : code;
    }

    public static bool IsTotalLabel(string label) => IsTotalKey(TextKey.Of(label));

    public static bool IsFooterLabel(string label) => IsFooterKey(TextKey.Of(label));

    public static RowKind KindOf(string label)
    {
        // The label is keyed once for both tests (a key is its own key): every row of every table is asked.
        var key = TextKey.Of(label);
        return IsFooterKey(key) ? RowKind.Footer : IsTotalKey(key) ? RowKind.Total : RowKind.Detail;
    }

    private static bool IsTotalKey(string key) =>
        key is "合计" or "总计" or "小计" or "部门合计" or "单位合计" or "本年收入合计" or "本年支出合计" or "收入总计" or "支出总计"
        || ((key.EndsWith("合计", StringComparison.Ordinal) || key.EndsWith("总计", StringComparison.Ordinal)) && key.Length <= 10 && !IsFooterKey(key));

    private static bool IsFooterKey(string key) => key is "人员经费合计" or "公用经费合计" or "人员经费小计" or "公用经费小计";

    [GeneratedRegex(@"^(\d{3}(?:\d{2}){0,2})(?:\s+|(?=[^\d\s.,%]))([^\d\s.,%].*)$")]
    private static partial Regex Glued();
}
