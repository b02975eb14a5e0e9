using System.Globalization;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Validation;

/// <summary>
/// What evaluators share: the report, the findings being collected, and the comparison with the rule's tolerance
/// (fiscal-reports.md §3: |printed − Σparts| ≤ 0.005·(n+1), min 0.01, in the printed unit; within it → rounding info).
/// </summary>
public sealed class RuleContext
{
    public RuleContext(Report report) => Report = report;

    public Report Report { get; }

    private readonly Dictionary<ReportTable, IReadOnlyList<int>> _numericColumns = new(ReferenceEqualityComparer.Instance);

    /// <summary><see cref="Evaluators.TableQueries.NumericColumns"/> of a table, computed once per validation.</summary>
    public IReadOnlyList<int> NumericColumns(ReportTable table)
    {
        if (!_numericColumns.TryGetValue(table, out var columns))
        {
            columns = Evaluators.TableQueries.NumericColumns(table);
            _numericColumns[table] = columns;
        }

        return columns;
    }

    /// <summary>
    /// Each row's label key (<see cref="Evaluators.TableQueries.Key"/>), by row index: worked out once per table for
    /// every rule that looks rows up by label, instead of once per row per figure or per rule.
    /// </summary>
    public string[] LabelKeys(ReportTable table) =>
        PerTable(table, nameof(LabelKeys), static (_, t) =>
        {
            var keys = new string[t.Rows.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Evaluators.TableQueries.Key(t.Rows[i].Label);
            }

            return keys;
        });

    private readonly Dictionary<string, object> _perValidation = new(StringComparer.Ordinal);

    /// <summary>What an evaluator works out once per report for several of its rules, kept for one validation.</summary>
    public T PerValidation<T>(string purpose, Func<Report, T> build)
        where T : class
    {
        if (!_perValidation.TryGetValue(purpose, out var value))
        {
            value = build(Report);
            _perValidation[purpose] = value;
        }

        return (T)value;
    }

    public string File => Report.Document.FileName;

    public List<Finding> Findings { get; } = [];

    /// <summary>Identity checks compared so far (sums, cross-table and narrative comparisons, rates), and how many of them failed beyond tolerance.</summary>
    public ChecksTally Tally => new(_checks, _checks - _failed);

    private int _checks;
    private int _failed;

    /// <summary>Tables the rule applies to that hold data (a table printed as 本表无数据 has nothing to check).</summary>
    public IEnumerable<ReportTable> Tables(RuleDefinition rule) =>
        Report.Tables.Where(t => rule.AppliesToTable(t.CatalogId) && !t.IsKnownEmpty && t.Rows.Count > 0);

    /// <summary>
    /// The first table with this id (and block), for rules across tables. A truncated table is not offered: its missing
    /// rows would surface as mismatches in other tables, where the table.truncated finding already names the cut.
    /// </summary>
    public ReportTable? First(string catalogId, string? block = null)
    {
        var table = Report.Tables.FirstOrDefault(t => string.Equals(t.CatalogId, catalogId, StringComparison.Ordinal)
            && (block is null || t.Columns.Any(c => c.Meaning.Block == block)));
        return table is { IsTruncated: true } ? null : table;
    }

    public static decimal? Number(CellValue value) => value.Kind == CellValueKind.Number && !value.IsPercent ? value.Number : null;

    public static CellValue Cell(TableRow row, int column) => CellAt(row, column)?.Value ?? CellValue.Blank;

    public static SourceRef SourceOf(TableRow row, int column) => CellAt(row, column)?.Source ?? row.Source;

    /// <summary>The row's first cell of the column (a loop: this runs for every cell every sum rule reads).</summary>
    private static TableCell? CellAt(TableRow row, int column)
    {
        var cells = Items.Of(row.Cells);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].ColumnIndex == column)
            {
                return cells[i];
            }
        }

        return null;
    }

    public static decimal Factor(AmountUnit unit) => unit == AmountUnit.TenThousandYuan ? 10_000m : 1m;

    // Sum rules check every cell of a table: their parts are gathered into one buffer, not a new list per checked cell.
    private readonly List<CellValue> _parts = [];

    /// <summary>
    /// <see cref="CheckSum"/> of each of <paramref name="columns"/>, in order: the total row's cell against the same column
    /// of the part rows.
    /// </summary>
    public void CheckSumsOfRows(RuleDefinition rule, ReportTable table, TableRow row, IReadOnlyList<int> columns, IReadOnlyList<TableRow> partRows, string what)
    {
        foreach (var column in Items.Of(columns))
        {
            _parts.Clear();
            foreach (var part in Items.Of(partRows))
            {
                _parts.Add(Cell(part, column));
            }

            CheckSum(rule, table, row, column, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_parts), what);
        }
    }

    /// <summary><see cref="CheckSum"/> of a row: its total column's cell against its part columns.</summary>
    public void CheckSumOfColumns(RuleDefinition rule, ReportTable table, TableRow row, int column, IReadOnlyList<int> partColumns, string what)
    {
        _parts.Clear();
        foreach (var part in Items.Of(partColumns))
        {
            _parts.Add(Cell(row, part));
        }

        CheckSum(rule, table, row, column, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_parts), what);
    }

    private readonly Dictionary<ReportTable, Dictionary<string, object>> _memo = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// What an evaluator works out once per table for several of its rules (the column sums of a table serve four rule
    /// ids), kept for one validation.
    /// </summary>
    /// <remarks>The build is given the context, so that it needs no closure over it.</remarks>
    public T PerTable<T>(ReportTable table, string purpose, Func<RuleContext, ReportTable, T> build)
        where T : class
    {
        if (!_memo.TryGetValue(table, out var byPurpose))
        {
            _memo[table] = byPurpose = new Dictionary<string, object>(StringComparer.Ordinal);
        }

        if (!byPurpose.TryGetValue(purpose, out var value))
        {
            value = build(this, table);
            byPurpose[purpose] = value;
        }

        return (T)value;
    }

    /// <summary>Checks a printed total against the sum of printed parts of the same table (same unit).</summary>
    public void CheckSum(RuleDefinition rule, ReportTable table, TableRow row, int column, IReadOnlyList<CellValue> parts, string what) =>
        CheckSum(rule, table, row, column, [.. parts], what);

    private void CheckSum(RuleDefinition rule, ReportTable table, TableRow row, int column, ReadOnlySpan<CellValue> parts, string what)
    {
        var printed = Cell(row, column);
        if (printed.Kind is CellValueKind.Dash or CellValueKind.Text || printed.IsPercent)
        {
            return;
        }

        // One loop for what used to be several LINQ passes: every sum rule calls this for every checked cell.
        var expected = 0m;
        var numbers = 0;
        var allZero = true;
        foreach (var part in parts)
        {
            if (part.Kind == CellValueKind.Text || part.IsPercent)
            {
                return;
            }

            if (Number(part) is { } n)
            {
                expected += n;
                numbers++;
                allZero &= n == 0;
            }
        }

        if (printed.Kind == CellValueKind.Blank && allZero)
        {
            return;
        }

        if (printed.Kind == CellValueKind.Number && numbers == 0)
        {
            // Nothing printed under the total: blank parts are "not reported", not zeros (fiscal-reports.md §5).
            return;
        }

        var printedNumber = Number(printed);
        if (!Differs(printedNumber, expected, table.Unit, table.Unit))
        {
            // Most sums hold: skip building the finding's texts (row name, column path) for them; Compare counts the others.
            _checks++;
            return;
        }

        var label = $"{what}; column '{table.Columns[column].Path}'";
        Compare(rule, table.CatalogId, RowName(row), SourceOf(row, column), printedNumber, expected, parts.Length, table.Unit, table.Unit, label);
    }

    /// <summary>Compares a printed amount with an expected one, converting units; reports beyond-tolerance and rounding differences.</summary>
    /// <summary>False exactly when <see cref="Compare"/> would add no finding.</summary>
    private static bool Differs(decimal? printed, decimal expected, AmountUnit printedUnit, AmountUnit expectedUnit)
    {
        // Only compared with zero here: in one unit the conversion (a decimal multiply and divide per checked cell) is skipped.
        var expectedInPrinted = printedUnit == expectedUnit ? expected : expected * Factor(expectedUnit) / Factor(printedUnit);
        var difference = (printed ?? 0m) - expectedInPrinted;
        return !(difference == 0m && printed is not null) && !(printed is null && expectedInPrinted == 0m);
    }

    public void Compare(RuleDefinition rule, string? tableId, string? rowLabel, SourceRef where, decimal? printed, decimal expected,
        int parts, AmountUnit printedUnit, AmountUnit expectedUnit, string what)
    {
        var expectedInPrinted = expected * Factor(expectedUnit) / Factor(printedUnit);
        var difference = (printed ?? 0m) - expectedInPrinted;
        _checks++;
        if (difference == 0m && printed is not null)
        {
            return;
        }

        if (printed is null && expectedInPrinted == 0m)
        {
            return;
        }

        var coarsest = Math.Max(Factor(printedUnit), Factor(expectedUnit)) / Factor(printedUnit);
        var tolerance = rule.Tolerance == "exact" ? 0m : Math.Max(0.01m, 0.005m * (parts + 1)) * coarsest;
        var within = printed is not null && Math.Abs(difference) <= tolerance;
        var severity = within ? rule.RoundingLevel : rule.Level;
        _failed += within ? 0 : 1;
        var verdict = within ? $"within rounding tolerance {Format(tolerance)}" : "does not match";
        Findings.Add(new Finding(rule.Id, severity, $"{what} {verdict}", where, tableId, rowLabel,
            decimal.Round(expectedInPrinted, 6), printed));
    }

    /// <summary>A recomputed percentage against the printed one: equal after rounding to the printed decimals, or a finding.</summary>
    public void CompareRate(RuleDefinition rule, string? tableId, string? rowLabel, SourceRef where, decimal printed, int printedDecimals,
        decimal expected, string what)
    {
        var rounded = decimal.Round(expected, printedDecimals, MidpointRounding.AwayFromZero);
        _checks++;
        if (rounded == printed)
        {
            return;
        }

        _failed++;
        Findings.Add(new Finding(rule.Id, rule.Level, $"{what}: recomputed {Format(decimal.Round(expected, 4))}% rounds to {Format(rounded)}%, printed {Format(printed)}%",
            where, tableId, rowLabel, rounded, printed));
    }

    public static string RowName(TableRow row) => row.Code is { } code ? $"{code} {row.Label}".Trim() : row.Label;

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static int Decimals(string printed)
    {
        var text = printed.TrimEnd('%', '％');
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}
