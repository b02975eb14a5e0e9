using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FiscalWarehouse.Cli.Bench;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>
/// `fw bench`: throughput, memory and latency figures on this machine, each with its target and verdict, printed and
/// written as JSON outside the source tree (a run never modifies a tracked file).
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var reports = new Option<string>("--reports") { Description = "Corpus sizes for the end-to-end load, e.g. 1000 or 1000,10000.", DefaultValueFactory = _ => "1000" };
        var quick = new Option<bool>("--quick") { Description = "A few seconds: 12 reports, few repetitions (CI keeps the command working)." };
        var results = new Option<string>("--results") { Description = "Where to write the JSON figures.", DefaultValueFactory = _ => DefaultResults() };
        var work = new Option<string?>("--work") { Description = "Scratch folder for corpora, warehouses and the lake (default: a temp folder)." };
        var only = new Option<string>("--only")
        {
            Description = "all (default); pages: generate and load the corpus, then time each dashboards page until interactive; " +
                "load: generate and load the corpus only; parse: generate the smallest corpus, then parse + validate it and the samples only; pdf-load: every shared PDF through one fw load against pdftotext -tsv only.",
            DefaultValueFactory = _ => "all",
        };
        only.AcceptOnlyFromAmong("all", "pages", "load", "parse", "pdf-load");
        var command = new Command("bench", "Measure parse/validate throughput, end-to-end load, appender vs INSERT, dashboards pages until interactive, marts, API latency, Parquet and PDF.")
        {
            reports, quick, results, work, only,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var isQuick = parse.GetValue(quick);
            List<int> sizes;
            try
            {
                sizes = isQuick ? [12] : [.. parse.GetValue(reports)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture))];
            }
            catch (FormatException)
            {
                Console.Error.WriteLine("--reports: expected numbers such as 1000,10000");
                return Task.FromResult(ExitCodes.Usage);
            }

            if (sizes.Count == 0 || sizes.Any(s => s < 10))
            {
                Console.Error.WriteLine("--reports: at least 10 reports per run");
                return Task.FromResult(ExitCodes.Usage);
            }

            var workDir = parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), $"fw-bench-{Environment.ProcessId}");
            Directory.CreateDirectory(workDir);
            var shared = Path.Combine("..", "shared");
            var settings = new BenchRunner.Settings(sizes, isQuick, workDir, "samples", Path.Combine(shared, "samples-pdf"),
                isQuick ? [Path.Combine(shared, "samples-pdf")] : [Path.Combine(shared, "samples-pdf"), Path.Combine(shared, "corpus-pdf")],
                parse.GetValue(only) switch { "pages" => BenchRunner.Only.Pages, "load" => BenchRunner.Only.Load, "parse" => BenchRunner.Only.Parse, "pdf-load" => BenchRunner.Only.PdfLoad, _ => BenchRunner.Only.All });
            var figures = BenchRunner.Run(settings, p => Console.Error.WriteLine($"bench: {p}…"), cancellationToken);
            Print(figures);
            var path = parse.GetValue(results)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, JsonSerializer.Serialize(new
            {
                machine = new { cores = Environment.ProcessorCount, os = System.Runtime.InteropServices.RuntimeInformation.OSDescription, runtime = Environment.Version.ToString() },
                measured_utc = DateTime.UtcNow,
                quick = isQuick,
                figures,
            }, CliServices.Json));
            Console.Out.WriteLine($"figures written to {path}");
            if (parse.GetValue(work) is null)
            {
                Directory.Delete(workDir, recursive: true);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>Under the user's temp folder, one file per run: results are not source, and the tree stays clean.</summary>
    private static string DefaultResults() =>
        Path.Combine(Path.GetTempPath(), "fw-bench", $"results-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.json");

    private static void Print(IReadOnlyList<BenchFigure> figures)
    {
        var widths = new[] { 10, figures.Max(f => f.Measure.Length) + 1, 12, 10, 26, 7 };
        Console.Out.WriteLine(string.Join(' ', new[] { "section", "measure", "value", "unit", "target", "verdict" }.Select((h, i) => h.PadRight(widths[i]))) + " note");
        foreach (var f in figures)
        {
            var value = f.Value?.ToString(CultureInfo.InvariantCulture) ?? "-";
            Console.Out.WriteLine($"{f.Section.PadRight(widths[0])} {f.Measure.PadRight(widths[1])} {value.PadLeft(widths[2])} {f.Unit.PadRight(widths[3])} {(f.Target ?? "").PadRight(widths[4])} {(f.Verdict ?? "").PadRight(widths[5])} {f.Note}");
        }

        var judged = figures.Where(f => f.Verdict is not null).ToList();
        Console.Out.WriteLine($"targets: {judged.Count(f => f.Verdict == "met")} met, {judged.Count(f => f.Verdict != "met")} missed" +
            (judged.Any(f => f.Verdict != "met") ? $" ({string.Join("; ", judged.Where(f => f.Verdict != "met").Select(f => f.Measure))})" : ""));
    }
}
