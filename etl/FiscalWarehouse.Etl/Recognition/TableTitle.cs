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
        var key = TextKey.Title(title);
        key = Prefix().Replace(key, "");
        key = Suffix().Replace(key, "");
        return key;
    }

    [GeneratedRegex(@"^(?:[:、.．\-]+|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．])")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"(?:\((?:部门|单位)?(?:预算|决算)?(?:公开)?表?[\d一二三四五六七八九十]{1,3}表?\)|\((?:金额)?单位:?(?:万元|元)\)|(?:部门|单位)?(?:预算|决算)?公开表?\d{1,3}表?|[\-—]\d{1,2})+$")]
    private static partial Regex Suffix();
}
