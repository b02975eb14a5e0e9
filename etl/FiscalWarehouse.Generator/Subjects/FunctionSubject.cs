namespace FiscalWarehouse.Generator.Subjects;

/// <summary>A 功能分类 code (3, 5 or 7 digits) and its name.</summary>
internal sealed record FunctionSubject(string Code, string Name);
