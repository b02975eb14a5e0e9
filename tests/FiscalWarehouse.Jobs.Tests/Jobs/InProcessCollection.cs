namespace FiscalWarehouse.Jobs.Tests.Jobs;

/// <summary>Hangfire keeps global state (filters, current storage): in-process workers run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessCollection
{
    public const string Name = "in-process worker";
}
