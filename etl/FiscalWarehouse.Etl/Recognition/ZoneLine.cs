using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>What a single-cell line near a table is: its title, number (公开01表, 表三), unit line, entity line, year, a note.</summary>
internal enum ZoneLineKind
{
    Blank,
    Title,
    Number,
    Unit,
    Entity,
    Year,
    Note,
    Section,
    Meta,
    Prose,
}

internal static partial class ZoneLine
{
    public static ZoneLineKind Classify(string text)
    {
        var key = TextKey.Of(text);
        if (key.Length == 0)
        {
            return ZoneLineKind.Blank;
        }

        // Each anchored pattern is tried only when the key's first character can start it (most lines are titles
        // and prose): the regex engine's set-up per call cost more than the match. \d is any digit, as char.IsDigit.
        var first = key[0];
        if (NumberStarts.Contains(first) && NumberLine().IsMatch(key))
        {
            return ZoneLineKind.Number;
        }

        if ((first == '(' || char.IsDigit(first)) && YearLine().IsMatch(key))
        {
            return ZoneLineKind.Year;
        }

        if ((NoteStarts.Contains(first) && NoteLine().IsMatch(key)) || IsNoDataNote(key))
        {
            return ZoneLineKind.Note;
        }

        if (UnitOf(key) is not null && key.Length <= 40)
        {
            return ZoneLineKind.Unit;
        }

        if (EntityStarts.Contains(first) && EntityLine().IsMatch(key))
        {
            return ZoneLineKind.Entity;
        }

        if (first is '第' or '目' && SectionLine().IsMatch(key))
        {
            return ZoneLineKind.Section;
        }

        if (key.Contains(':', StringComparison.Ordinal))
        {
            return ZoneLineKind.Meta;
        }

        if (key.Length <= 80 && !key.EndsWith('。') && !key.EndsWith('；') && !key.EndsWith(';') && key.AsSpan().Count('，') <= 1)
        {
            return ZoneLineKind.Title;
        }

        return ZoneLineKind.Prose;
    }

    /// <summary>The amount unit a line states (金额单位：万元, 单位:元, (万元)), if any.</summary>
    public static AmountUnit? UnitOf(string key)
    {
        // Every unit this knows ends in 元.
        var m = key.Contains('元', StringComparison.Ordinal) ? UnitWords().Match(key) : null;
        if (m is null || !m.Success)
        {
            return null;
        }

        var unit = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
        return unit == "万元" ? AmountUnit.TenThousandYuan : AmountUnit.Yuan;
    }

    public static string? EntityOf(string text)
    {
        var m = EntityLine().Match(TextKey.Of(text));
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups[1].Value;
        var unit = UnitWords().Match(name);
        return unit.Success ? name[..unit.Index] : name;
    }

    public static int? YearOf(string text)
    {
        var m = YearDigits().Match(TextKey.Of(text));
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>本表无数据 / 此表为空 / 无 (a note saying the table is empty on purpose).</summary>
    public static bool IsNoDataNote(string key) =>
        key.Contains("本表无数据", StringComparison.Ordinal) || key.Contains("此表为空", StringComparison.Ordinal)
        || key.Contains("本表为空", StringComparison.Ordinal) || key.Contains("表无数据", StringComparison.Ordinal)
        || key.Contains("本表无", StringComparison.Ordinal) || key is "无" or "说明:无" or "注:无" or "空表"
        || (key.Length > 0 && key[0] is '(' or '注' or '说' && NothingSpent().IsMatch(key));

    private static readonly SearchValues<char> NumberStarts = SearchValues.Create("部单预决公附表");

    private static readonly SearchValues<char> NoteStarts = SearchValues.Create("(注说备附");

    private static readonly SearchValues<char> EntityStarts = SearchValues.Create("部单预编");

    /// <summary>"（注：2026年没有使用政府性基金预算拨款安排的支出。）", "注：本表本年无发生额。": the note explains an empty table.</summary>
    [GeneratedRegex(@"^\(?(?:注|说明)[:：]?.{0,40}(?:没有使用|没有安排|未安排|无发生额|不涉及|无此项|无相关)")]
    private static partial Regex NothingSpent();

    [GeneratedRegex(@"^(?:(?:部门|单位|预算|决算)?公开表?\d{1,3}表?|附?表[一二三四五六七八九十\d]{1,3}|附件\d{1,2})$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\(?\d{4}年度?\)?$")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex YearDigits();

    [GeneratedRegex(@"^\(?(?:注|说明|备注|附注)(?:\d|:|\(|：|、|\.)")]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"(?:金额)?单位[:]?\(?(万元|元)\)?|^\((万元|元)\)$")]
    private static partial Regex UnitWords();

    [GeneratedRegex(@"^(?:部门|单位|预算单位|编制单位)(?:名称)?:(.+)$")]
    private static partial Regex EntityLine();

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]{1,3}部分|目录$)")]
    private static partial Regex SectionLine();
}
