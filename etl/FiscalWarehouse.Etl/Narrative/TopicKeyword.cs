namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// A phrase that names what a figure is about. <see cref="Family"/> marks the bare income/expenditure phrases
/// (收入总计, 支出合计, 拨款收入…) whose topic depends on a fund qualifier printed before them or earlier in the
/// paragraph: <c>财政拨款收入总计218.23万元，支出总计218.23万元</c> (seed 000, line 417) is about 财政拨款 twice.
/// </summary>
/// <param name="Topics">The topics without a qualifier (two for 收、支总计).</param>
/// <param name="FixedSubject">The subject the phrase itself names (政府采购货物 → 货物).</param>
/// <param name="SubjectFromPrefix">Whether words before the phrase name a sub-item (<c>外宾接待</c>, <c>机要通信用车</c>).</param>
/// <param name="CountsOnly">Whether the phrase only takes counts (车辆 … 辆), never amounts.</param>
/// <param name="QualifierSubject">Whether a fund printed before the phrase narrows it (财政拨款基本支出805.97 is not the
/// 基本支出 of all sources, seed 001, line 635): the fund becomes the subject.</param>
/// <param name="Dominant">Whether the phrase names the subject even when a bare phrase follows it:
/// <c>“三公”经费财政拨款支出预算为29.59万元</c> (seed 003, line 562) is about 三公, not about 财政拨款支出.</param>
internal sealed record TopicKeyword(
    string Text,
    string[] Topics,
    KeywordFamily Family = KeywordFamily.None,
    string? FixedSubject = null,
    bool SubjectFromPrefix = false,
    bool CountsOnly = false,
    bool QualifierSubject = false,
    bool Dominant = false);

internal enum KeywordFamily
{
    None,
    Income,
    Expenditure,
    Both,
}

/// <summary>The fund a bare income/expenditure phrase is about.</summary>
internal enum FundQualifier
{
    None,
    FiscalAppropriation,
    GeneralBudget,
    GovernmentFund,
    StateCapital,
}
