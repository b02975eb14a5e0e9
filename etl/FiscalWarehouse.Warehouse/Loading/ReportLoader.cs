using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Loads one parsed report in ONE transaction: stage its cells with the appender, run sql/load/*.sql in file-name order
/// (dimensions, facts, findings, then empty the staging tables), commit. Anything failing rolls the whole report back.
/// </summary>
internal sealed class ReportLoader(DuckDBConnection connection, RegionResolver regions, SubjectCodes subjects, TimeProvider time)
{
    private static readonly IReadOnlyList<string> LoadScripts = SqlScripts.In("load");

    public LoadOutcome Load(string displayPath, ParsedReport parsed, CancellationToken cancellationToken)
    {
        var report = parsed.Report;
        if (RejectionPolicy.Check(parsed) is { } refusal)
        {
            return new LoadOutcome(displayPath, LoadStatus.Rejected, Reason: refusal.Reason,
                Where: $"{report.Document.FileName}:{refusal.Line.ToString(CultureInfo.InvariantCulture)}");
        }

        var unitName = UnitNames.Normalize(report.UnitName);
        var key = string.Join('|', unitName, report.Year?.ToString(CultureInfo.InvariantCulture) ?? "", report.Kind.Label(), report.Phase.Label());
        using var transaction = connection.BeginTransaction();
        try
        {
            if (Commands.Scalar<long?>(connection, "select report_version_id from dim_report where content_hash = $hash limit 1",
                    ("hash", report.Document.ContentHash)) is { } existing)
            {
                transaction.Rollback();
                return new LoadOutcome(displayPath, LoadStatus.Unchanged, existing);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var previousVersion = Commands.Scalar<int?>(connection, "select max(version) from dim_report where report_key = $key", ("key", key));
            var replacesCurrent = Commands.Scalar<long>(connection, "select count(*) from dim_report where report_key = $key and is_current", ("key", key)) > 0;
            var rv = Commands.Scalar<long>(connection, "select coalesce(max(report_version_id), 0) + 1 from dim_report");

            var resolution = regions.Resolve(unitName, report.RegionName);
            var findings = new List<Finding>();
            if (resolution.Region is null)
            {
                findings.Add(new Finding("warehouse.region_unresolved", Severity.Warning,
                    $"unit '{report.UnitName}' not resolved to a region: {resolution.Problem}",
                    report.UnitSource ?? ReportStager.Nowhere(report.Document.FileName)));
            }

            var staged = new StagedReport(parsed, rv, key, unitName, resolution.Region?.Code, (previousVersion ?? 0) + 1,
                time.GetUtcNow().UtcDateTime, findings);
            Commands.Execute(connection, SqlScripts.Read("load/099_clear_staging.sql"));
            new ReportStager(connection, subjects).Stage(staged);
            foreach (var script in LoadScripts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(script);
            }

            var facts = Commands.Scalar<int>(connection, "select fact_count from dim_report where report_version_id = $rv", ("rv", rv));
            var findingCount = Commands.Scalar<int>(connection, "select finding_count from dim_report where report_version_id = $rv", ("rv", rv));
            transaction.Commit();
            return new LoadOutcome(displayPath, replacesCurrent ? LoadStatus.Replaced : LoadStatus.Loaded, rv, facts, findingCount);
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
    }

    private void Run(string script)
    {
        try
        {
            Commands.Execute(connection, SqlScripts.Read(script));
        }
        catch (DbException e)
        {
            throw new InvalidOperationException($"load step sql/{script} failed: {e.Message}", e);
        }
    }
}
