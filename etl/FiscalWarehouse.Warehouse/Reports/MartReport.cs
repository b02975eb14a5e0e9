using FiscalWarehouse.Warehouse.Querying;

namespace FiscalWarehouse.Warehouse.Reports;

/// <summary>What <c>fw report</c> is asked for: a unit (by name) or a region (GB/T 2260 code), optionally one year.</summary>
public sealed record MartReportRequest(string? Unit, string? Region, int? Year);

/// <summary>One titled block of a report, read from one mart.</summary>
public sealed record MartReportSection(string Key, string Title, QueryResult Rows);

/// <summary>A readable report for a unit or a region, built from the marts only.</summary>
public sealed record MartReport(string Title, IReadOnlyList<string> Notes, IReadOnlyList<MartReportSection> Sections);

/// <summary>The request cannot be answered: unknown or ambiguous unit, unknown region. The message says what to pass.</summary>
public sealed class MartReportException : Exception
{
    public MartReportException(string message) : base(message) { }

    public MartReportException() { }

    public MartReportException(string message, Exception innerException) : base(message, innerException) { }
}
