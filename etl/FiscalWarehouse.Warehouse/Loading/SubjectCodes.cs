using System.Text.RegularExpressions;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Gives each row its classification code: the printed one, classified by pattern (功能分类 2xx / 收入分类 1xx in 3/5/7
/// digits, 部门经济分类 3xx and 政府预算经济分类 5xx in 3/5), or, for rows printed by name only, the code whose
/// standard name matches (经济科目 names in 预算 tables, 类 names with ordinals in 总表 tables; fiscal-reports.md §2).
/// A name that matches several codes (其他支出 is 399 and 39999) gets none.
/// </summary>
public sealed partial class SubjectCodes
{
    public const string Function = "function";
    public const string Revenue = "revenue";
    public const string DepartmentEconomic = "部门经济分类";
    public const string GovernmentEconomic = "政府预算经济分类";

    private readonly IReadOnlyDictionary<string, string?> _economicByName;
    private readonly IReadOnlyDictionary<string, string?> _functionClassByName;

    /// <param name="departmentEconomic">(code, name) of 部门经济分类.</param>
    /// <param name="functionClasses">(code, name) of 功能分类 类.</param>
    public SubjectCodes(IEnumerable<(string Code, string Name)> departmentEconomic, IEnumerable<(string Code, string Name)> functionClasses)
    {
        _economicByName = UniqueByName(departmentEconomic, NameKey);
        _functionClassByName = UniqueByName(functionClasses, ClassNameKey);
    }

    public sealed record Subject(string Code, string System, string Level, bool MappedByName);

    /// <summary>The system and level of a printed code, or null when it is not a classification code.</summary>
    public static Subject? Classify(string? code)
    {
        if (code is null || !AllDigits().IsMatch(code))
        {
            return null;
        }

        var level = code.Length switch { 3 => "类", 5 => "款", 7 => "项", _ => null };
        return (code[0], level) switch
        {
            (_, null) => null,
            ('2', _) => new Subject(code, Function, level, false),
            ('1', _) => new Subject(code, Revenue, level, false),
            ('3', not "项") => new Subject(code, DepartmentEconomic, level, false),
            ('5', not "项") => new Subject(code, GovernmentEconomic, level, false),
            _ => null,
        };
    }

    /// <summary>The row's subject: its printed code, else a code mapped from its label for the families that key on one.</summary>
    public Subject? For(string? printedCode, string label, string family)
    {
        if (Classify(printedCode) is { } printed)
        {
            return printed;
        }

        if (family == TableFamilies.BasicEconomic && _economicByName.TryGetValue(NameKey(label), out var economic) && economic is not null)
        {
            return new Subject(economic, DepartmentEconomic, economic.Length == 3 ? "类" : "款", true);
        }

        if (family == TableFamilies.TableCell && _functionClassByName.TryGetValue(ClassNameKey(label), out var function) && function is not null)
        {
            return new Subject(function, Function, "类", true);
        }

        return null;
    }

    /// <summary>Name key: normalized, without leading ordinals (一、 (一) 1. ①) and markers such as （类）.</summary>
    internal static string NameKey(string label)
    {
        var key = UnitNames.Normalize(label);
        key = LeadingOrdinal().Replace(key, "");
        return key.Replace("(类)", "", StringComparison.Ordinal).Replace("(款)", "", StringComparison.Ordinal).Replace("(项)", "", StringComparison.Ordinal);
    }

    /// <summary>类 names drift inside one document (资源勘探工业信息等支出 / 资源勘探工业信息支出): 等 and 支出 are not part of the key.</summary>
    internal static string ClassNameKey(string label) =>
        NameKey(label).Replace("等", "", StringComparison.Ordinal).Replace("支出", "", StringComparison.Ordinal);

    private static Dictionary<string, string?> UniqueByName(IEnumerable<(string Code, string Name)> entries, Func<string, string> key)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (code, name) in entries)
        {
            var k = key(name);
            map[k] = map.TryGetValue(k, out var existing) && existing != code ? null : code;
        }

        return map;
    }

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex AllDigits();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]+[、.．]|\([一二三四五六七八九十]+\)|[0-9]+[、.．)]|[①-⑳])")]
    private static partial Regex LeadingOrdinal();
}
