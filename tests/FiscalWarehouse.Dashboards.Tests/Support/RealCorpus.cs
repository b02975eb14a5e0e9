using DuckDB.NET.Data;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Generator;
using FiscalWarehouse.Jobs.Ledger;
using FiscalWarehouse.Jobs.Staging;
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
    internal sealed record Ids(long GaopingUnit, long GaopingReport, long HostileUnit);

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
                var outcome = writer.LoadFile(file, parser, TestContext.Current.CancellationToken);
                var name = Path.GetFileName(file);
                var rejected = outcome.Status == LoadStatus.Rejected;
                ledger.RecordFile(new FileRecord(name, runId, name, "-", new FileInfo(file).Length, outcome.StatusText.Split(':')[0], outcome.ReportVersionId,
                    outcome.FactCount, outcome.FindingCount, null, null, null, null, rejected ? outcome.Reason : null, 1,
                    rejected ? "quarantine/" + name : "archive/" + name, "test-host", at), at);
            }
        }

        // The writer publishes FILE.snapshot (what readers copy) when it closes; the loader has stored each report's
        // source lines (report_source_line) inside its transaction, so the snapshot carries them for the drill-down.
        WarehouseWriter.Open(new WarehouseOptions { Path = warehousePath }).Dispose();
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

        return new Ids(
            Scalar("select unit_id from dim_report where file_name = $v", GaopingFile),
            Scalar("select report_version_id from dim_report where file_name = $v", GaopingFile),
            // Unit keys are stripped of markup (issue 21): the hostile name keeps its text and its & " ' characters, not its tags.
            Scalar("select min(unit_id) from dim_unit where contains(normalized_name, $v)", "alert(\"fw\")"));
    }
}
