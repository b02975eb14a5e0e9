namespace FiscalWarehouse.Jobs.Publishing;

/// <summary>Exports the Parquet lake after a batch (under the loader lock, so no load runs meanwhile).</summary>
public static class LakePublisher
{
    public static void Export(string database, string lake, CancellationToken cancellationToken)
    {
        _ = database;
        _ = lake;
        cancellationToken.ThrowIfCancellationRequested();
        throw new NotSupportedException("the Parquet lake exporter comes with the warehouse work (issue 6); leave Jobs:Lake empty until then");
    }
}
