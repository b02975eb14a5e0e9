namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>The outcome words of <c>fw load</c>: a contract.</summary>
public enum LoadStatus
{
    /// <summary>A report not seen before.</summary>
    Loaded,

    /// <summary>The same content (hash) is already loaded.</summary>
    Unchanged,

    /// <summary>A new version of a loaded report (same unit, year, kind, phase): it becomes current, the old stays as history.</summary>
    Replaced,

    /// <summary>
    /// A new version worse than the current one (ReplacementPolicy): stored, but the current version stays current
    /// until <c>fw load --accept FILE</c> promotes it.
    /// </summary>
    Held,

    /// <summary>Not loaded: unreadable, unrecognizable, or an error the loader refuses.</summary>
    Rejected,
}
