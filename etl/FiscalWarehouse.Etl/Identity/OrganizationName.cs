using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Identity;

/// <summary>
/// Whether a text reads as the name of a government body (ends with 局, 委员会, 中心, 办公室, …, or a bracketed
/// qualifier after one such as `（本级）`). Used to tell a unit name from a cover phrase such as `上海市市级`.
/// </summary>
internal static partial class OrganizationName
{
    public static bool Looks(string text) => text.Length is >= 3 and <= 60 && Suffix().IsMatch(text);

    [GeneratedRegex(@"(?:局|委|办|厅|院|部|会|中心|站|所|队|馆|处|室|社|团|署|校|园|政府|公司|集团|组|庭|宫|台|场|库|学|网|科|股|司|府|盟|联)(?:[(（][^()（）]{1,20}[)）])?$")]
    private static partial Regex Suffix();
}
