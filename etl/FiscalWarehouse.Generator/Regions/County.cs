namespace FiscalWarehouse.Generator.Regions;

/// <summary>A county-level division of GB/T 2260 (县, 县级市, 旗).</summary>
public sealed record County(string Code, string Name, string City, string Province);
