using FiscalWarehouse.Generator.Accounts;
using FiscalWarehouse.Generator.Randomness;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator.Composing;

/// <summary>Everything needed to print one report.</summary>
internal sealed record ReportContext(
    UnitHistory History,
    int Year,
    ReportStyle Style,
    string FileName,
    IReadOnlyList<string> DefectKinds,
    SeededRandom Random);
