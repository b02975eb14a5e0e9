using DuckDB.NET.Data;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Generator;
using FiscalWarehouse.Jobs.Ledger;
using FiscalWarehouse.Jobs.Staging;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;

namespace FiscalWarehouse.Dashboards.Tests.Support;

/// <summary>
/// A real warehouse for the dashboards' tests: the five samples plus a generated corpus (3 counties × 3 units ×
/// 2022–2024 × 预算/决算, one unit with a hostile name, a few planted defects), loaded by the real loader, migrated by
/// the real migrator, with the real marts.
/// </summary>
internal static class RealCorpus
{
    public const string GaopingFile = "shanxi-gaoping-industry-service-center-2023-unit-final.txt";

    /// <summary>A report whose title gives no year, no kind and no place (issue 18: it broke /api/units).</summary>
    public const string UnknownFile = "zz-undated-report.txt";

    /// <summary>The real PDF of ../shared/samples-pdf, loaded when present (never committed).</summary>
    public const string PdfFile = "shanghai-putuo-justice-2026-unit-budget.pdf";

    public static readonly GeneratorOptions Options = new()
    {
        Counties = 3,
        UnitsPerCounty = 3,
        FirstYear = 2022,
        LastYear = 2024,
        HostileUnitName = true,
        DefectRate = 0.1m,
        Seed = 9,
    };

    /// <summary>Ids the tests need, read back from the loaded warehouse (they depend on load order, not on the tests).</summary>
    internal sealed record Ids(long GaopingUnit, long GaopingReport, long HostileUnit, long UnknownUnit, long UnknownReport, long HtmlReport, long? PdfReport);

    public static Ids Build(string directory, string warehousePath)
    {
        var corpus = Path.Combine(directory, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var report in CorpusGenerator.Generate(Options))
        {
            File.WriteAllBytes(Path.Combine(corpus, report.FileName), report.Bytes);
        }

        foreach (var sample in Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples"), "*.txt"))
        {
            File.Copy(sample, Path.Combine(corpus, Path.GetFileName(sample)));
        }

        // The Gaoping sample with its years, its county and its kind wording removed: it loads with no year, no kind
        // and no region, which every page must serve.
        var undated = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", GaopingFile));
        undated = System.Text.RegularExpressions.Regex.Replace(undated, "20[0-9]{2}年度?", "").Replace("高平市", "", StringComparison.Ordinal)
            .Replace("单位决算公开", "财务信息公开", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(corpus, UnknownFile), undated);
        var pdf = Path.Combine(RepoPaths.Root, "..", "shared", "samples-pdf", PdfFile);
        if (File.Exists(pdf))
        {
            File.Copy(pdf, Path.Combine(corpus, PdfFile));
        }

        // A garbage file, so the quarantine list has a rejected file with its reason.
        File.WriteAllBytes(Path.Combine(corpus, "zz-garbage.txt"), [0xFF, 0xFE, 0x00, 0x01, 0x02, 0x03]);
        var parser = new ReportParser();
        var files = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).ToArray();
        var runId = "r20261128T020000Z-test";
        var at = new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);
        using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = warehousePath }))
        using (var ledger = LedgerStore.Open(warehousePath))
        {
            ledger.RecordRun(new RunNote(runId, "manual", "test-host", at, at, files.Length, 0));
            foreach (var file in files)
            {
                // The loader now refuses a report of no year or kind (issue 17), so the undated report is loaded as
                // stated and then made what warehouses written before that guard still hold: no year, an empty kind.
                var name = Path.GetFileName(file);
                var outcome = writer.LoadFile(file, name == UnknownFile ? parser.With(new StatedIdentity(Year: 2023, Kind: ReportKind.Unit)) : parser,
                    TestContext.Current.CancellationToken);
                var rejected = outcome.Status == LoadStatus.Rejected;
                ledger.RecordFile(new FileRecord(name, runId, name, "-", new FileInfo(file).Length, outcome.StatusText.Split(':')[0], outcome.ReportVersionId,
                    outcome.FactCount, outcome.FindingCount, null, null, null, null, rejected ? outcome.Reason : null, 1,
                    rejected ? "quarantine/" + name : "archive/" + name, "test-host", at), at);
            }
        }

        using (var legacy = new DuckDBConnection($"Data Source={warehousePath}"))
        {
            legacy.Open();
            using var command = legacy.CreateCommand();
            command.CommandText = "update dim_report set year = null, kind = '' where file_name = $v";
            command.Parameters.Add(new DuckDBParameter("v", UnknownFile));
            if (command.ExecuteNonQuery() != 1)
            {
                throw new InvalidOperationException($"{UnknownFile} was not loaded");
            }
        }

        // The writer publishes FILE.snapshot (what readers copy) when it closes while a reader is attached, as the
        // dashboards are when deployed; the loader has stored each report's source lines inside its transaction, so
        // the snapshot carries them for the drill-down.
        using (FiscalWarehouse.Warehouse.Storage.SnapshotReaders.Attach(warehousePath))
        {
            WarehouseWriter.Open(new WarehouseOptions { Path = warehousePath }).Dispose();
        }

        return ReadIds(warehousePath);
    }

    private static Ids ReadIds(string warehousePath)
    {
        using var connection = new DuckDBConnection($"Data Source={warehousePath};ACCESS_MODE=READ_ONLY");
        connection.Open();
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "constant SQL of this fixture")]
        long Scalar(string sql, string value)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new DuckDBParameter("v", value));
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "constant SQL of this fixture")]
        long? Optional(string sql, string value)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new DuckDBParameter("v", value));
            var result = command.ExecuteScalar();
            return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Ids(
            Scalar("select unit_id from dim_report where file_name = $v", GaopingFile),
            Scalar("select report_version_id from dim_report where file_name = $v", GaopingFile),
            // Unit keys are stripped of markup (issue 21): the hostile name keeps its text and its & " ' characters, not its tags.
            Scalar("select min(unit_id) from dim_unit where contains(normalized_name, $v)", "alert(\"fw\")"),
            Scalar("select unit_id from dim_report where file_name = $v", UnknownFile),
            Scalar("select report_version_id from dim_report where file_name = $v", UnknownFile),
            Scalar("select min(r.report_version_id) from dim_report as r where r.is_current and ends_with(r.file_name, $v) and exists (select 1 from report_source_line as l where l.report_version_id = r.report_version_id and contains(l.text, '<td'))", ".html"),
            Optional("select report_version_id from dim_report where file_name = $v", PdfFile));
    }
}
