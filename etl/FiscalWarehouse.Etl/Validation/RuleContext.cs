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

    // Per checked column of CheckSumsOfRows: the printed cell and the running sum of the parts; kept for the next call.
    private int[] _slotOfColumn = [];
    private CellValue?[] _printed = [];
    private decimal[] _expected = [];
    private int[] _numbers = [];
    private bool[] _allZero = [];
    private bool[] _skipped = [];
    private int[] _lastPart = [];

    /// <summary>
    /// <see cref="CheckSum"/> of each of <paramref name="columns"/> (distinct, in order): the total row's cell against
    /// the same column of the part rows. Each part row's cells are read once for all columns, not scanned once per
    /// column; the sums run in part order, as CheckSum adds them.
    /// </summary>
    public void CheckSumsOfRows(RuleDefinition rule, ReportTable table, TableRow row, IReadOnlyList<int> columns, IReadOnlyList<TableRow> partRows, string what)
    {
        var checkedColumns = Items.Of(columns);
        var n = checkedColumns.Length;
        if (n == 0)
        {
            return;
        }

        var count = table.Columns.Count;
        if (_slotOfColumn.Length < count)
        {
            _slotOfColumn = new int[Math.Max(count, _slotOfColumn.Length * 2)];
        }

        if (_expected.Length < n)
        {
            var size = Math.Max(n, _expected.Length * 2);
            _printed = new CellValue?[size];
            _expected = new decimal[size];
            _numbers = new int[size];
            _allZero = new bool[size];
            _skipped = new bool[size];
            _lastPart = new int[size];
        }

        var slots = _slotOfColumn.AsSpan(0, count);
        slots.Fill(-1);
        for (var s = 0; s < n; s++)
        {
            slots[checkedColumns[s]] = s;
            _printed[s] = null;
            _expected[s] = 0m;
            _numbers[s] = 0;
            _allZero[s] = true;
            _skipped[s] = false;
            _lastPart[s] = -1;
        }

        foreach (var cell in Items.Of(row.Cells))
        {
            var c = cell.ColumnIndex;
            if ((uint)c < (uint)count && slots[c] >= 0)
            {
                _printed[slots[c]] ??= cell.Value ?? CellValue.Blank;
            }
        }

        var rows = Items.Of(partRows);
        for (var p = 0; p < rows.Length; p++)
        {
            foreach (var cell in Items.Of(rows[p].Cells))
            {
                var c = cell.ColumnIndex;
                var s = (uint)c < (uint)count ? slots[c] : -1;
                // Only a part's first cell of a column counts, as in Cell; a column CheckSum would have left is not summed on.
                if (s < 0 || _lastPart[s] == p || _skipped[s])
                {
                    continue;
                }

                _lastPart[s] = p;
                var part = cell.Value ?? CellValue.Blank;
                if (part.Kind == CellValueKind.Text || part.IsPercent)
                {
                    _skipped[s] = true;
                }
                else if (Number(part) is { } number)
                {
                    _expected[s] += number;
                    _numbers[s]++;
                    _allZero[s] &= number == 0;
                }
            }
        }

        for (var s = 0; s < n; s++)
        {
            var printed = _printed[s] ?? CellValue.Blank;
            if (_skipped[s] || printed.Kind is CellValueKind.Dash or CellValueKind.Text || printed.IsPercent)
            {
                continue;
            }

            Conclude(rule, table, row, checkedColumns[s], printed, _expected[s], _numbers[s], _allZero[s], rows.Length, what);
        }
    }

    // One row's cells by column, for the column sums of that row; kept for the next row.
    private CellValue[] _rowCells = [];

    /// <summary>
    /// The row's first cell of each column (<see cref="Cell"/> of every column, blank where the row has none): read
    /// once for a row's sum, not scanned once per part. Valid until the next call.
    /// </summary>
    public ReadOnlySpan<CellValue> RowCells(TableRow row, int columnCount)
    {
        if (_rowCells.Length < columnCount)
        {
            _rowCells = new CellValue[Math.Max(columnCount, _rowCells.Length * 2)];
        }

        var byColumn = _rowCells.AsSpan(0, columnCount);
        byColumn.Clear();
        foreach (var cell in Items.Of(row.Cells))
        {
            var c = cell.ColumnIndex;
            if ((uint)c < (uint)columnCount && byColumn[c] is null)
            {
                byColumn[c] = cell.Value ?? CellValue.Blank;
            }
        }

        for (var c = 0; c < byColumn.Length; c++)
        {
            if (byColumn[c] is null)
            {
                byColumn[c] = CellValue.Blank;
            }
        }

        return byColumn;
    }

    /// <summary>
    /// <see cref="CheckSum"/> of a row: its total column's cell against its part columns, read from the row's
    /// <paramref name="cells"/> (<see cref="RowCells"/>).
    /// </summary>
    public void CheckSumOfColumns(RuleDefinition rule, ReportTable table, TableRow row, ReadOnlySpan<CellValue> cells, int column,
        IReadOnlyList<int> partColumns, string what)
    {
        _parts.Clear();
        foreach (var part in Items.Of(partColumns))
        {
            _parts.Add(cells[part]);
        }

        CheckSum(rule, table, row, column, cells[column], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_parts), what);
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

    private void CheckSum(RuleDefinition rule, ReportTable table, TableRow row, int column, ReadOnlySpan<CellValue> parts, string what) =>
        CheckSum(rule, table, row, column, Cell(row, column), parts, what);

    private void CheckSum(RuleDefinition rule, ReportTable table, TableRow row, int column, CellValue printed, ReadOnlySpan<CellValue> parts, string what)
    {
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

        Conclude(rule, table, row, column, printed, expected, numbers, allZero, parts.Length, what);
    }

    /// <summary>The verdict of a sum whose printed total and parts are neither text nor percentages.</summary>
    private void Conclude(RuleDefinition rule, ReportTable table, TableRow row, int column, CellValue printed, decimal expected, int numbers,
        bool allZero, int parts, string what)
    {
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
        Compare(rule, table.CatalogId, RowName(row), SourceOf(row, column), printedNumber, expected, parts, table.Unit, table.Unit, label);
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
