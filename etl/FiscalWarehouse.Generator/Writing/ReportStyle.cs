namespace FiscalWarehouse.Generator.Writing;

public enum OutputFormat
{
    Tsv,
    Markdown,
    Html,
}

public enum TextEncoding
{
    Utf8,
    Utf8Bom,
    Gb18030,
}

/// <summary>How titles are numbered: 公开01表 (决算 template), 预算公开表1, 表一, 附表1, or not at all.</summary>
public enum Numbering
{
    Standard,
    ChineseOrdinal,
    Appendix,
    None,
}

/// <summary>The template variant a report is printed in; recorded in the truth manifest.</summary>
public sealed record ReportStyle(
    OutputFormat Format,
    TextEncoding Encoding,
    bool CrLf,
    bool Yuan,
    bool ThousandsSeparators,
    bool SplitCodes,
    Numbering Numbering,
    bool AlternativeTitles,
    string? PageBreakTable,
    int EconomicGroups)
{
    public string UnitLabel => Yuan ? "元" : "万元";

    /// <summary>A compact description for the manifest.</summary>
    public string Describe()
    {
        var parts = new List<string> { Format.ToString().ToLowerInvariant(), Encoding.ToString().ToLowerInvariant(), UnitLabel };
        if (CrLf) { parts.Add("crlf"); }
        if (ThousandsSeparators) { parts.Add("thousands"); }
        if (SplitCodes) { parts.Add("split-codes"); }
        if (Numbering != Numbering.Standard) { parts.Add("numbering-" + Numbering.ToString().ToLowerInvariant()); }
        if (AlternativeTitles) { parts.Add("alt-titles"); }
        if (PageBreakTable is { } t) { parts.Add("page-break-" + t); }
        if (EconomicGroups != 4) { parts.Add($"econ-groups-{EconomicGroups}"); }
        return string.Join(' ', parts);
    }
}
