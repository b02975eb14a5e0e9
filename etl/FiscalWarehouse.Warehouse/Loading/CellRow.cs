namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// What a printed row says of each of its cells (cell_row): its classification, printed or mapped by name, and its
/// printed code, label, kind and 行次. Stored once per distinct description in a report version, not once per cell
/// (migration 0061); value equality is what numbers them.
/// </summary>
internal sealed record CellRow(
    string? SubjectCode,
    string? SubjectSystem,
    string? SubjectLevel,
    bool CodeMappedByName,
    string? RowCode,
    string RowLabel,
    string RowKind,
    string? RowLineNo);
