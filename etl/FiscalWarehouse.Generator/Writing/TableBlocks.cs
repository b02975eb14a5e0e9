using FiscalWarehouse.Generator.Subjects;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>The lines around a table: title, numbering, entity, year and unit lines, the notes after it (seed 000, lines 59–105).</summary>
internal static class TableBlocks
{
    public static string? Number(Numbering numbering, int index, bool budget) => numbering switch
    {
        Numbering.Standard => budget ? $"预算公开表{index}" : $"公开{index:00}表",
        Numbering.ChineseOrdinal => $"表{FunctionClasses.Ordinal(index)}",
        Numbering.Appendix => $"附表{index}",
        _ => null,
    };

    public static void FinalTable(DocumentWriter w, TableRenderer renderer, TableSpec spec, ReportStyle style, int index, string unitName, int year, string entityWord)
    {
        spec.Number = Number(style.Numbering, index, budget: false);
        w.Heading(spec.Title);
        w.Blank();
        if (spec.Number is { } n)
        {
            w.Paragraph(n);
        }

        w.Paragraph($"{entityWord}名称：{unitName}");
        w.Paragraph($"{year}年度");
        w.Paragraph(index % 2 == 0 && !style.Yuan ? "单位：万元" : $"金额单位：{style.UnitLabel}");
        renderer.Render(spec);
        w.Blank();
        if (spec.Note is { } note)
        {
            w.Paragraph(note);
        }

        if (spec.KnownEmpty)
        {
            w.Paragraph("说明：本表无数据");
        }
    }

    public static void BudgetTable(DocumentWriter w, TableRenderer renderer, TableSpec spec, ReportStyle style, int index, string unitName, string entityWord)
    {
        spec.Number = Number(style.Numbering, index, budget: true);
        if (spec.Number is { } n)
        {
            w.Paragraph(n);
        }

        w.Heading(spec.Title);
        w.Blank();
        w.Paragraph($"{entityWord}名称：{unitName}");
        w.Paragraph($"单位：{style.UnitLabel}");
        renderer.Render(spec);
        w.Blank();
        if (spec.Note is { } note)
        {
            w.Paragraph(note);
        }
    }
}
