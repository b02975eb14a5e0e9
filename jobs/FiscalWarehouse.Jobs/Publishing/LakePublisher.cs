namespace FiscalWarehouse.Jobs.Publishing;

/// <summary>Exports the Parquet lake from the read snapshot, so the export never holds the writer's file.</summary>
public static class LakePublisher
{
    public static void Export(string snapshot, string lake, CancellationToken cancellationToken)
    {
        _ = snapshot;
        _ = lake;
        cancellationToken.ThrowIfCancellationRequested();
        throw new NotSupportedException("the Parquet lake exporter comes with the warehouse work (issue 6); leave Jobs:Lake empty until then");
    }
}
