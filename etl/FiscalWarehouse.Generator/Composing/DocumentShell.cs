using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator.Composing;

/// <summary>The cover and 概况 lines every report starts with (seed 000, lines 1–57), and the HTML wrapper.</summary>
internal static class DocumentShell
{
    /// <summary>Writes the cover; returns the line of the 职责 sentence (a prose line with no figures, where encoding defects go).</summary>
    public static int Begin(DocumentWriter w, ReportStyle style, string unit, string title)
    {
        if (style.Format == OutputFormat.Html)
        {
            var charset = style.Encoding == TextEncoding.Gb18030 ? "gb18030" : "utf-8";
            w.Raw("<!DOCTYPE html>");
            w.Raw($"<html><head><meta charset=\"{charset}\"></head><body>");
        }

        w.Blank();
        w.Heading(unit);
        w.Blank();
        w.Paragraph(title);
        w.Paragraph("第一部分 概况");
        w.Paragraph("一、主要职责");
        var duty = w.Paragraph($"{unit}贯彻落实党中央、省委、市委的方针政策和决策部署，依法履行本部门（单位）职责，完成上级交办的其他工作任务。");
        w.Paragraph("二、机构设置情况");
        w.Paragraph($"{unit}内设综合办公室、财务股和业务股，所属单位的预决算纳入本报告。");
        return duty;
    }

    public static void End(DocumentWriter w, ReportStyle style)
    {
        w.Paragraph("名词解释");
        w.Paragraph("基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用经费支出。");
        w.Prose("项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。");
        if (style.Format == OutputFormat.Html)
        {
            w.Raw("</body></html>");
        }
    }
}
