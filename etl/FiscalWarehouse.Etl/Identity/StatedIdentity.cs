using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Identity;

/// <summary>
/// What the user states about a report (`fw load/extract/validate --unit --year --kind --phase`): each part given
/// replaces what the document says, for documents that print it nowhere or print it wrong.
/// </summary>
public sealed record StatedIdentity(string? Unit = null, int? Year = null, ReportKind? Kind = null, ReportPhase? Phase = null)
{
    public static StatedIdentity None { get; } = new();

    public bool IsEmpty => Unit is null && Year is null && Kind is null && Phase is null;

    /// <summary>部门/单位 or department/unit; null when the text is neither.</summary>
    public static ReportKind? ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "部门" or "department" or "dept" => ReportKind.Department,
        "单位" or "unit" => ReportKind.Unit,
        _ => null,
    };

    /// <summary>预算/决算 or budget/final; null when the text is neither.</summary>
    public static ReportPhase? ParsePhase(string text) => text.Trim().ToLowerInvariant() switch
    {
        "预算" or "budget" => ReportPhase.Budget,
        "决算" or "final" or "final-account" or "final_account" => ReportPhase.FinalAccount,
        _ => null,
    };
}
