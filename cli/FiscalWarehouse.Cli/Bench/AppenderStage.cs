using System.Diagnostics.CodeAnalysis;
using DuckDB.NET.Data;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>The same facts written through DuckDB's appender and through one parameterized INSERT per row, in memory.</summary>
internal static class AppenderStage
{
    private sealed record Fact(string Report, string TableId, string? Code, string Label, string Column, decimal? Amount, int Line);

    [SuppressMessage("Security", "CA2100", Justification = "Embedded bench/*.sql only; values are bound parameters.")]
    public static IEnumerable<BenchFigure> Run(IReadOnlyList<string> files, int insertRows, CancellationToken cancellationToken)
    {
        var facts = Collect(files, cancellationToken);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, BenchSql.Read("bench_facts_table"));
        var appender = Stopwatches.Seconds(() =>
        {
            using var a = connection.CreateAppender("bench_fact");
            foreach (var f in facts)
            {
                a.CreateRow().AppendValue(f.Report).AppendValue(f.TableId).AppendValue(f.Code).AppendValue(f.Label).AppendValue(f.Column)
                    .AppendValue(f.Amount).AppendValue(f.Line).EndRow();
            }
        });
        Execute(connection, "delete from bench_fact");
        var rows = Math.Min(insertRows, facts.Count);
        var insert = Stopwatches.Seconds(() =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.CommandText = BenchSql.Read("bench_fact_insert");
            foreach (var f in facts.Take(rows))
            {
                command.Parameters.Clear();
                command.Parameters.Add(new DuckDBParameter("report", f.Report));
                command.Parameters.Add(new DuckDBParameter("table_id", f.TableId));
                command.Parameters.Add(new DuckDBParameter("row_code", (object?)f.Code ?? DBNull.Value));
                command.Parameters.Add(new DuckDBParameter("row_label", f.Label));
                command.Parameters.Add(new DuckDBParameter("column_path", f.Column));
                command.Parameters.Add(new DuckDBParameter("amount", (object?)f.Amount ?? DBNull.Value));
                command.Parameters.Add(new DuckDBParameter("source_line", f.Line));
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        });
        var appendPerRow = appender / Math.Max(1, facts.Count);
        var insertPerRow = insert / Math.Max(1, rows);
        yield return new BenchFigure("appender", "facts appended", facts.Count, "rows", Note: $"{Stopwatches.Round(appender, 3)} s");
        yield return new BenchFigure("appender", "appender", Stopwatches.Round(facts.Count / appender, 0), "rows/s");
        yield return new BenchFigure("appender", "row-by-row INSERT (parameterized, one transaction)", Stopwatches.Round(rows / insert, 0), "rows/s", Note: $"{rows} rows, {Stopwatches.Round(insert, 2)} s");
        yield return new BenchFigure("appender", "appender ÷ INSERT speed", Stopwatches.Round(insertPerRow / appendPerRow, 1), "×", "≥ 20×");
    }

    private static List<Fact> Collect(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var parser = new ReportParser();
        var facts = new List<Fact>();
        foreach (var file in files)
        {
            try
            {
                var parsed = parser.Parse(Path.GetFileName(file), File.ReadAllBytes(file), cancellationToken);
                foreach (var table in parsed.Report.Tables)
                {
                    foreach (var row in table.Rows)
                    {
                        foreach (var cell in row.Cells.Where(c => c.Value.Kind is CellValueKind.Number or CellValueKind.Blank))
                        {
                            facts.Add(new Fact(parsed.Report.Document.FileName, table.CatalogId, row.Code, row.Label, table.Columns[cell.ColumnIndex].Path,
                                cell.Value.Number is { } n ? decimal.Round(n, 2) : null, cell.Source.Line));
                        }
                    }
                }
            }
            catch (DocumentReadException)
            {
                // Rejected reports have no facts to write.
            }
        }

        return facts;
    }

    [SuppressMessage("Security", "CA2100", Justification = "Embedded bench/*.sql or a constant.")]
    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
