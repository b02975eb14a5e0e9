namespace FiscalWarehouse.Generator.Writing;

public enum ColumnKind
{
    /// <summary>Printed but not a fact (栏次 labels, spacer columns).</summary>
    Other,
    Code,
    Label,

    /// <summary>行次: printed, not a value.</summary>
    LineNo,
    Value,
}

/// <summary>What a printed column is; <see cref="Block"/> tells side-by-side blocks apart (each has its own code and label).</summary>
internal readonly record struct ColumnRole(ColumnKind Kind, int Block = 0)
{
    public static ColumnRole Code(int block = 0) => new(ColumnKind.Code, block);

    public static ColumnRole Label(int block = 0) => new(ColumnKind.Label, block);

    public static ColumnRole Other(int block = 0) => new(ColumnKind.Other, block);

    public static ColumnRole LineNo(int block = 0) => new(ColumnKind.LineNo, block);

    public static ColumnRole Value(int block = 0) => new(ColumnKind.Value, block);
}
