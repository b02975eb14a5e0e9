namespace FiscalWarehouse.Generator.Subjects;

/// <summary>
/// The 功能分类 类 rows the 总表 tables print by name with an ordinal: 26 in 决算 (seed 000, lines 72–98) and 30 in
/// 预算 (seed 002, lines 70–100). The code column says which 类 code a name stands for (null: no code we generate).
/// </summary>
internal static class FunctionClasses
{
    public static readonly IReadOnlyList<(string? Code, string Name)> FinalAccount =
    [
        ("201", "一般公共服务支出"), (null, "外交支出"), (null, "国防支出"), (null, "公共安全支出"), ("205", "教育支出"),
        (null, "科学技术支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"), ("210", "卫生健康支出"),
        (null, "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"), ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), (null, "金融支出"), (null, "援助其他地区支出"),
        ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"), (null, "粮油物资储备支出"), ("223", "国有资本经营预算支出"),
        (null, "灾害防治及应急管理支出"), (null, "其他支出"), (null, "债务还本支出"), (null, "债务付息支出"),
        (null, "抗疫特别国债安排的支出"),
    ];

    public static readonly IReadOnlyList<(string? Code, string Name)> Budget =
    [
        ("201", "一般公共服务支出"), (null, "外交支出"), (null, "国防支出"), (null, "公共安全支出"), ("205", "教育支出"),
        (null, "科学技术支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"), (null, "社会保险基金支出"),
        ("210", "卫生健康支出"), (null, "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"), ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), (null, "金融支出"), (null, "援助其他地区支出"),
        ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"), (null, "粮油物资储备支出"), ("223", "国有资本经营预算支出"),
        (null, "灾害防治及应急管理支出"), (null, "预备费"), (null, "其他支出"), (null, "转移性支出"), (null, "债务还本支出"),
        (null, "债务付息支出"), (null, "债务发行费用支出"), (null, "抗疫特别国债安排的支出"),
    ];

    private static readonly string[] Digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一, 10 → 十, 14 → 十四, 26 → 二十六: the ordinals of the 总表 rows.</summary>
    public static string Ordinal(int n) => n switch
    {
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n - 10],
        _ => Digits[n / 10] + "十" + Digits[n % 10],
    };
}
