using System.Buffers;
using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// A table title reduced to what names the table: <see cref="TextKey.Title"/> (years, leading 表1/公开表1 removed), then
/// the numbering templates add around it ("表1：", "一、", "（预算表 1）", "公开01表", "-1") and the unit some print
/// inside it ("（单位：万元）").
/// </summary>
internal static partial class TableTitle
{
    public static string Key(string title)
    {
        // Tested before the engine runs: a prefix starts with a separator, an ordinal or a digit; a suffix ends with ')',
        // 表 or a digit (\d is any Unicode digit, as char.IsDigit; '$' also matches before a final '\n').
        var key = TextKey.Title(title);
        key = key.Length > 0 && (PrefixStarts.Contains(key[0]) || char.IsDigit(key[0])) ? Prefix().Replace(key, "") : key;
        key = key.Length > 0 && (key[^1] is ')' or '表' or '\n' || char.IsDigit(key[^1])) ? Suffix().Replace(key, "") : key;
        return key;
    }

    private static readonly SearchValues<char> PrefixStarts = SearchValues.Create(":、.．-一二三四五六七八九十");

    [GeneratedRegex(@"^(?:[:、.．\-]+|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．])")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"(?:\((?:部门|单位)?(?:预算|决算)?(?:公开)?表?[\d一二三四五六七八九十]{1,3}表?\)|\((?:金额)?单位:?(?:万元|元)\)|(?:部门|单位)?(?:预算|决算)?公开表?\d{1,3}表?|[\-—]\d{1,2})+$")]
    private static partial Regex Suffix();
}
