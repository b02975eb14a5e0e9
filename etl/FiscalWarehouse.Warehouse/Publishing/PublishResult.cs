namespace FiscalWarehouse.Warehouse.Publishing;

public sealed record PublishResult(
    string PublishId,
    PublishTargetKind Kind,
    string Target,
    string Schema,
    string Mode,
    IReadOnlyList<long> ReportVersions,
    IReadOnlyDictionary<string, long> RowsByTable)
{
    public long RowsCopied => RowsByTable.Values.Sum();
}
