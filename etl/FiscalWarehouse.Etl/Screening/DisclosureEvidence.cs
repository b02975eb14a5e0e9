using System.Text.RegularExpressions;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Screening;

/// <summary>
/// Whether a document is a 预算/决算 disclosure at all, from evidence of the whole document rather than of one table:
/// standard tables recognized, 预算/决算 vocabulary in its lines, the fiscal vocabulary of the standard tables
/// (财政拨款, 基本支出, 三公 …) and 功能分类/经济分类 subject codes in its rows. Portals file inspection lists,
/// compliance rules and website reports under "部门预算"; their tables must not become budget facts.
/// </summary>
public sealed partial record DisclosureEvidence(int StandardTables, int PhaseLines, int FiscalLines, int CodedRows)
{
    /// <summary>Fiscal-vocabulary lines needed when no standard table is recognized (a heading alone is not enough).</summary>
    private const int MinFiscalLines = 3;

    /// <summary>Rows with subject codes needed when no standard table is recognized.</summary>
    private const int MinCodedRows = 3;

    /// <summary>
    /// Counts the evidence, stopping as soon as it is enough (a budget with a standard table is decided by its first
    /// 预算/决算 word): the counts are complete only for a document that is not a disclosure, whose reason lists them.
    /// </summary>
    public static DisclosureEvidence Of(SourceDocument document, IReadOnlyList<ReportTable> tables)
    {
        var standard = tables.Count(t => !string.Equals(t.CatalogId, TableCatalog.GenericId, StringComparison.Ordinal));
        var coded = standard > 0 ? 0 : tables.Sum(t => t.Rows.Count(r => r.Code is { } code && SubjectCode().IsMatch(code)));
        int phase = 0, fiscal = 0, codedCells = 0;
        foreach (var line in Items.Of(document.Lines))
        {
            if (phase > 0 && (standard > 0 || (fiscal >= MinFiscalLines && Math.Max(coded, codedCells) >= MinCodedRows)))
            {
                break;
            }

            foreach (var cell in Items.Of(line.Cells))
            {
                if (cell.Length == 0)
                {
                    continue;
                }

                if (cell.Contains("预算", StringComparison.Ordinal) || cell.Contains("决算", StringComparison.Ordinal))
                {
                    phase++;
                }

                if (standard > 0)
                {
                    continue;
                }

                if (FiscalWords().IsMatch(cell))
                {
                    fiscal++;
                }

                if (char.IsAsciiDigit(cell[0]) && CodedCell().IsMatch(cell))
                {
                    codedCells++;
                }
            }
        }

        return new DisclosureEvidence(standard, phase, fiscal, Math.Max(coded, codedCells));
    }

    /// <summary>
    /// A disclosure says 预算 or 决算 somewhere, and either has a standard table or shows the fiscal vocabulary and the
    /// subject codes of one.
    /// </summary>
    public bool IsDisclosure =>
        PhaseLines > 0 && (StandardTables > 0 || (FiscalLines >= MinFiscalLines && CodedRows >= MinCodedRows));

    /// <summary>Why the document is not a disclosure: each piece of evidence that is missing.</summary>
    public string Reason
    {
        get
        {
            var missing = new List<string>();
            if (PhaseLines == 0)
            {
                missing.Add("no 预算/决算 in its titles or text");
            }

            if (StandardTables == 0)
            {
                missing.Add("no standard 预算/决算 table recognized");
            }

            if (FiscalLines < MinFiscalLines)
            {
                missing.Add("no fiscal vocabulary (财政拨款, 基本支出, 项目支出, 三公经费…)");
            }

            if (CodedRows < MinCodedRows)
            {
                missing.Add("no 收入/支出 subject code (功能分类 2xx, 经济分类 3xx/5xx) in its rows");
            }

            return "not a 预算/决算 (budget or final-account) disclosure: " + string.Join("; ", missing);
        }
    }

    // A cell that starts with a subject code, alone or joined to its name ("2010301 行政运行", "30101基本工资").
    [GeneratedRegex(@"^(?:2\d{2}(?:\d{2}){0,2}|[35]\d{2}(?:\d{2})?)(?:$|\s*[\u4E00-\u9FFF])")]
    private static partial Regex CodedCell();

    [GeneratedRegex("财政拨款|一般公共预算|政府性基金|国有资本经营|基本支出|项目支出|三公|人员经费|公用经费|机关运行经费|功能分类|经济分类|收支总|支出总|收入总|上年结转|年初结转")]
    private static partial Regex FiscalWords();

    // 功能分类 2xx (类/款/项: 3, 5 or 7 digits), 经济分类 3xx/5xx (3 or 5 digits), 收入分类 1xx (3–7 digits).
    [GeneratedRegex(@"^(?:2\d{2}(?:\d{2}){0,2}|[35]\d{2}(?:\d{2})?|1\d{2}(?:\d{2}){0,2})$")]
    private static partial Regex SubjectCode();
}
