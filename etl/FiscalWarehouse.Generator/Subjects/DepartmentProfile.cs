namespace FiscalWarehouse.Generator.Subjects;

/// <summary>
/// A kind of government unit: its name after the county prefix, whether it is an administrative unit (行政, which has
/// 机关运行经费) or a public institution (事业单位), the 项 code its running costs go to and the 项 code of its projects.
/// </summary>
internal sealed record DepartmentProfile(string Suffix, bool Administrative, string RunningCode, string ProjectCode, IReadOnlyList<string> ProjectNames);

internal static class DepartmentProfiles
{
    public static readonly IReadOnlyList<DepartmentProfile> All =
    [
        new("工业和信息化局", true, "2150501", "2150599", ["工业经济运行监测经费", "专精特新企业培育专项资金", "技术改造专项资金", "国资国企在线监管系统建设经费", "化工园区整治提升经费"]),
        new("工业和信息化事务服务中心", false, "2150550", "2150599", ["物资管理经费", "工信事务服务中心工作经费", "中小企业公共服务平台运维费"]),
        new("中小企业服务中心", false, "2150550", "2150899", ["中小企业公共服务平台运维", "中小企业培训专项经费", "融资服务工作经费"]),
        new("财政局", true, "2010601", "2010699", ["财政信息化建设经费", "预算绩效评价专项经费", "国库集中支付运维费"]),
        new("商务局", true, "2011301", "2011399", ["电子商务发展资金", "国内外贸易展会参展经费", "县域商业体系建设资金", "外经贸发展专项资金"]),
        new("商务发展服务中心", false, "2011350", "2011399", ["商贸流通服务经费", "招商引资工作经费"]),
        new("教育局", true, "2050101", "2050199", ["教师培训专项经费", "校园安全专项经费", "教育信息化建设经费"]),
        new("卫生健康局", true, "2100101", "2100199", ["基本公共卫生服务项目经费", "爱国卫生运动经费", "卫生监督执法经费"]),
        new("民政局", true, "2080201", "2080299", ["社会救助工作经费", "养老服务体系建设资金", "殡葬改革专项经费"]),
        new("农业农村局", true, "2130101", "2130199", ["高标准农田建设工作经费", "动物防疫专项经费", "农业技术推广经费"]),
        new("自然资源局", true, "2200101", "2200199", ["国土空间规划编制经费", "不动产登记工作经费", "地质灾害防治经费"]),
        new("交通运输局", true, "2140101", "2140199", ["农村公路养护资金", "交通运输执法经费", "客运站运营补助"]),
        new("文化和旅游局", true, "2070101", "2070199", ["群众文化活动经费", "文物保护专项资金", "旅游宣传推介经费"]),
        new("市场监督管理局", true, "2013801", "2013899", ["食品安全抽检经费", "特种设备安全监察经费", "市场主体登记工作经费"]),
    ];
}
