namespace FiscalWarehouse.Generator.Defects;

/// <summary>
/// A planted error and the finding it must raise: the check that catches it, the line it must be reported at, and the
/// other lines a finding caused by it may legitimately name (the same inconsistency seen from another table or sentence).
/// Expected / printed are in the document's printed unit.
/// </summary>
public sealed record PlantedDefect(
    string Report,
    string Id,
    string Kind,
    string Check,
    int Line,
    IReadOnlyList<int> AllowedLines,
    string? TableId,
    string? RowLabel,
    decimal? Expected,
    decimal? Printed)
{
    /// <summary>
    /// The report cannot be loaded whole, so it gets no mart truth rows: invalid bytes reject it (a rejection naming
    /// <see cref="Line"/>); a truncated report loads the tables before the cut with a table.truncated warning at the cut.
    /// </summary>
    public bool Rejects => Kind is DefectKind.InvalidBytes or DefectKind.Truncated;
}
