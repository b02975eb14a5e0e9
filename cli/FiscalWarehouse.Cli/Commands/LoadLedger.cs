using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FiscalWarehouse.Jobs.Ledger;
using FiscalWarehouse.Jobs.Staging;
using FiscalWarehouse.Warehouse.Loading;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>
/// Writes what `fw load` did into the worker's run ledger (etl_run, etl_file), so 数据质量与加载 lists the files a
/// manual load rejected, its batch and its files, exactly as it does for the worker's loads.
/// </summary>
internal static class LoadLedger
{
    public static void Record(string warehousePath, IReadOnlyList<string> files, IReadOnlyList<LoadOutcome> outcomes, DateTime startedUtc)
    {
        using var ledger = LedgerStore.Open(warehousePath);
        var runId = "r" + startedUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var records = new List<FileRecord>(outcomes.Count);
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            var path = i < files.Count ? files[i] : outcome.File;
            var hash = Hash(path);
            var rejected = outcome.Status == LoadStatus.Rejected;
            records.Add(new FileRecord(
                FileId(path, hash), runId, outcome.File, hash, SizeOf(path), Outcome(outcome.Status), outcome.ReportVersionId,
                rejected ? null : outcome.FactCount, rejected ? null : outcome.FindingCount, null, null, null,
                rejected ? LineOf(outcome.Where) : null, rejected ? outcome.Reason : null, 1, null, Environment.MachineName, DateTime.UtcNow));
        }

        ledger.RecordRunWithFiles(new RunNote(runId, "fw load", Environment.MachineName, startedUtc, startedUtc, outcomes.Count, 0), records, DateTime.UtcNow);
    }

    private static string Outcome(LoadStatus status) => status switch
    {
        LoadStatus.Loaded => "loaded",
        LoadStatus.Unchanged => "unchanged",
        LoadStatus.Replaced => "replaced",
        _ => "rejected",
    };

    /// <summary>The line of a "FILE:LINE" location, when it has one.</summary>
    private static int? LineOf(string? where)
    {
        var colon = where?.LastIndexOf(':') ?? -1;
        return colon > 0 && int.TryParse(where.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : null;
    }

    private static string Hash(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (IOException)
        {
            return "-";
        }
        catch (UnauthorizedAccessException)
        {
            return "-";
        }
    }

    private static long SizeOf(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static string FileId(string path, string hash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\n" + hash)))[..16];
}
