using System.Globalization;
using FiscalWarehouse.Generator.Truth;

namespace FiscalWarehouse.Generator.Tests;

/// <summary>Reads a report's truth facts back as tables: rows by line, values by column path (blank = absent).</summary>
internal sealed class FactView(IReadOnlyList<TruthFact> facts)
{
    public IEnumerable<string> TableIds => facts.Select(f => f.TableId).Distinct();

    public IEnumerable<(int Line, string Code, string Label)> Rows(string table) =>
        facts.Where(f => f.TableId == table).Select(f => (f.SourceLine, f.RowCode, f.RowLabel)).Distinct();

    public IEnumerable<string> Columns(string table) => facts.Where(f => f.TableId == table).Select(f => f.Column).Distinct();

    /// <summary>The value at a row (by line) and column; 0 for blank, so sums treat blank as nothing.</summary>
    public decimal At(string table, int line, string column, string? label = null) =>
        facts.Where(f => f.TableId == table && f.SourceLine == line && f.Column == column && (label is null || f.RowLabel == label))
            .Select(f => f.Value.Length == 0 ? 0m : decimal.Parse(f.Value, CultureInfo.InvariantCulture)).SingleOrDefault();

    public decimal Value(string table, string label, string columnEndsWith) =>
        facts.Where(f => f.TableId == table && f.RowLabel == label && f.Column.EndsWith(columnEndsWith, StringComparison.Ordinal))
            .Select(f => f.Value.Length == 0 ? 0m : decimal.Parse(f.Value, CultureInfo.InvariantCulture)).First();

    public bool Has(string table) => facts.Any(f => f.TableId == table);
}
