namespace FiscalWarehouse.Etl.Recognition;

/// <summary>What a printed column is: part of a row's key (code, name, 行次) or a value.</summary>
internal enum ColumnRole
{
    Value,
    Code,
    Name,

    /// <summary>A second name column (政府预算支出经济科目名称): kept as text cells, not as the row label.</summary>
    ExtraName,
    LineNo,
}
