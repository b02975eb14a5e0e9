namespace FiscalWarehouse.Generator.Accounts;

/// <summary>Where a spending line's money comes from.</summary>
internal enum Fund
{
    /// <summary>一般公共预算财政拨款</summary>
    General,

    /// <summary>政府性基金预算财政拨款</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款</summary>
    StateCapital,

    /// <summary>事业收入 / 其他收入: not 财政拨款, so absent from tables 04–08.</summary>
    NonFiscal,
}
