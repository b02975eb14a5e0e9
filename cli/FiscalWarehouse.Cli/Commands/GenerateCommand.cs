using System.CommandLine;
using System.Globalization;
using FiscalWarehouse.Generator;
using FiscalWarehouse.Generator.Truth;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw generate`: a synthetic corpus in the samples' templates, with a truth folder (facts, findings, mart rows).</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Output folder: reports/ and truth/ are written there.", Required = true };
        var counties = new Option<int>("--counties") { Description = "Number of counties (GB/T 2260).", DefaultValueFactory = _ => 3 };
        var units = new Option<int>("--units-per-county") { Description = "Units per county.", DefaultValueFactory = _ => 4 };
        var years = new Option<string>("--years") { Description = "Year range, e.g. 2021-2024.", DefaultValueFactory = _ => "2021-2024" };
        var kinds = new Option<string>("--kinds") { Description = "budget,final (预算, 决算).", DefaultValueFactory = _ => "budget,final" };
        var formats = new Option<string>("--formats") { Description = "tsv,markdown,html.", DefaultValueFactory = _ => "tsv,markdown,html" };
        var defects = new Option<decimal>("--defects") { Description = "Share of reports with a planted defect (0–1).", DefaultValueFactory = _ => 0m };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed gives the same bytes.", DefaultValueFactory = _ => 1UL };
        var hostile = new Option<bool>("--hostile-unit-name") { Description = "Give one unit a name with HTML/script markup (escaping tests)." };
        var command = new Command("generate", "Generate realistic 预算/决算 reports with ground truth (facts, findings, expected mart rows).")
        {
            output, counties, units, years, kinds, formats, defects, seed, hostile,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            GeneratorOptions options;
            try
            {
                options = Options(parse.GetValue(counties), parse.GetValue(units), parse.GetValue(years)!, parse.GetValue(kinds)!,
                    parse.GetValue(formats)!, parse.GetValue(defects), parse.GetValue(seed), parse.GetValue(hostile));
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return Task.FromResult(ExitCodes.Usage);
            }

            return Task.FromResult(Run(parse.GetValue(output)!, options, cancellationToken));
        });
        return command;
    }

    internal static GeneratorOptions Options(int counties, int units, string years, string kinds, string formats, decimal defects, ulong seed, bool hostile)
    {
        var range = years.Split('-', StringSplitOptions.TrimEntries);
        if (range.Length is < 1 or > 2 || !int.TryParse(range[0], CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(range[^1], CultureInfo.InvariantCulture, out var last) || last < first || first < 2000)
        {
            throw new FormatException($"--years: expected e.g. 2021-2024, got '{years}'");
        }

        var kindList = kinds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (kindList.Length == 0 || kindList.Any(k => k is not ("budget" or "final")))
        {
            throw new FormatException($"--kinds: expected budget and/or final, got '{kinds}'");
        }

        var formatList = formats.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(f => f switch
        {
            "tsv" => OutputFormat.Tsv,
            "markdown" or "md" => OutputFormat.Markdown,
            "html" => OutputFormat.Html,
            _ => throw new FormatException($"--formats: unknown format '{f}' (tsv, markdown, html)"),
        }).Distinct().ToList();
        if (formatList.Count == 0 || counties < 1 || units < 1 || defects is < 0m or > 1m)
        {
            throw new FormatException("--formats needs at least one format; --counties and --units-per-county ≥ 1; --defects in 0–1");
        }

        return new GeneratorOptions
        {
            Counties = counties,
            UnitsPerCounty = units,
            FirstYear = first,
            LastYear = last,
            Budgets = kindList.Contains("budget"),
            Finals = kindList.Contains("final"),
            Formats = formatList,
            DefectRate = defects,
            Seed = seed,
            HostileUnitName = hostile,
        };
    }

    private static int Run(string output, GeneratorOptions options, CancellationToken cancellationToken)
    {
        using var writer = new CorpusWriter(output);
        foreach (var report in CorpusGenerator.Generate(options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(report);
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {writer.Reports} reports ({writer.Bytes / 1024.0:0.0} KiB), {writer.Defects} planted defects → {Path.Combine(output, "reports")}; truth in {Path.Combine(output, "truth")}"));
        return ExitCodes.Success;
    }
}
