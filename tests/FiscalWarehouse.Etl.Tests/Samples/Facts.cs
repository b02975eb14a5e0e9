using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Samples;

/// <summary>A table cell reduced to what a warehouse fact keeps: table, block, row key, column path, value (and its 元 amount).</summary>
internal sealed record Fact(string TableId, string? Block, string Code, string Label, string Column, string Value, decimal? Yuan, CellValueKind Kind)
{
    public static List<Fact> Of(Report report, Func<ReportTable, bool>? filter = null) =>
        report.Tables.Where(t => !t.CatalogId.StartsWith("perf_", StringComparison.Ordinal) && (filter?.Invoke(t) ?? true))
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select(c => new Fact(
                t.CatalogId, t.Columns[c.ColumnIndex].Meaning.Block, r.Code ?? "", r.Label, t.Columns[c.ColumnIndex].Path,
                c.Value.ContractText, c.Value.Number is { } n && !c.Value.IsPercent ? t.Unit.ToYuan(n) : null, c.Value.Kind))))
            .ToList();

    /// <summary>The same fact without its printed text, to compare documents that print the same amounts in other units.</summary>
    public Fact InYuan() => this with { Value = "" };
}
