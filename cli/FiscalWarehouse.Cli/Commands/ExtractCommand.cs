using System.CommandLine;
using System.Text.Json;
using FiscalWarehouse.Cli.Output;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Output;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw extract FILE`: every numeric or blank cell of every recognized table, one row each. Needs no database.</summary>
internal static class ExtractCommand
{
    /// <summary>The row label of the marker row printed for a table that says it has no data.</summary>
    public const string KnownEmptyLabel = "本表无数据";

    public const string CsvHeader = "report,table_id,table_title,row_code,row_label,column,value,unit,source_line";

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A report file (text, markdown, HTML; PDF and XLSX where supported)." };
        var format = new Option<string>("--format") { Description = "csv (default) or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var identity = new IdentityOptions();
        var command = new Command("extract", "Print every numeric or blank cell of every recognized table (CSV header: " + CsvHeader + ").")
        {
            file,
            format,
        };
        identity.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(file)!, parse.GetValue(format)!, identity.Read(parse), cancellationToken)));
        return command;
    }

    private static int Run(string path, string format, StatedIdentity stated, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"no such file: {path}");
            return ExitCodes.Usage;
        }

        ParsedReport parsed;
        try
        {
            parsed = CliServices.Parser.With(stated).Parse(path, cancellationToken);
        }
        catch (DocumentReadException e)
        {
            Console.Error.WriteLine($"rejected: {e.Message}");
            return ExitCodes.Failure;
        }

        var rows = Rows(parsed);
        if (format == "json")
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(rows.Select(r => new
            {
                report = r[0], table_id = r[1], table_title = r[2], row_code = r[3], row_label = r[4],
                column = r[5], value = r[6], unit = r[7], source_line = r[8],
            }), CliServices.Json));
            return ExitCodes.Success;
        }

        var output = Console.Out;
        output.WriteLine(CsvHeader);
        foreach (var row in rows)
        {
            output.WriteLine(string.Join(',', row.Select(CsvField.Of)));
        }

        return ExitCodes.Success;
    }

    /// <summary>The contract rows: numbers and blanks only; dashes and text in numeric columns are not values.</summary>
    internal static IEnumerable<string[]> Rows(ParsedReport parsed)
    {
        var report = parsed.Report.Document.FileName;
        foreach (var table in parsed.Report.Tables)
        {
            if (table.IsKnownEmpty)
            {
                // A table printed as 本表无数据 has no cells; one marker row says it is present and empty (not missing).
                yield return [report, table.CatalogId, table.PrintedTitle, "", KnownEmptyLabel, "", "", table.Unit.Label(), table.Source.LineLabel];
                continue;
            }

            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.Value.Kind is not (CellValueKind.Number or CellValueKind.Blank))
                    {
                        continue;
                    }

                    yield return
                    [
                        report, table.CatalogId, table.PrintedTitle, row.Code ?? "", row.Label,
                        table.Columns[cell.ColumnIndex].Path, cell.Value.ContractText,
                        UnitOf(table, cell), cell.Source.LineLabel,
                    ];
                }
            }
        }
    }

    /// <summary>
    /// The table's unit as the contract prints it (万元 or 元), or % for percentages, including 执行率 columns printed
    /// without a % sign. Scores and weights keep the table's unit here; the warehouse marks them as non-money measures.
    /// </summary>
    private static string UnitOf(ReportTable table, TableCell cell)
    {
        if (cell.Value.IsPercent)
        {
            return "%";
        }

        return table.Columns[cell.ColumnIndex].Meaning.Measure switch
        {
            Meanings.Measure.ExecutionRate => "%",
            _ => table.Unit.Label(),
        };
    }
}
