using System.Text.RegularExpressions;
using FiscalWarehouse.Etl.Reading;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// Turns the lines outside tables into paragraphs. A line that ends mid-sentence continues on the next prose line
/// (seed 003, lines 512–514 and 538–540; seed 000, lines 499–501); a line ending in 。；： or a heading ends its paragraph.
/// Lines with two or more non-empty cells are table rows the recognizer missed: they are never read as prose. Page
/// numbers and running headers (<see cref="PageFurniture"/>) are skipped without ending the paragraph, so a sentence
/// cut by a page break is read whole.
/// </summary>
internal static partial class ProseReader
{
    private const int MaxJoinedLines = 6;

    public static IReadOnlyList<ProseParagraph> Read(SourceDocument document, IReadOnlySet<int> tableLines)
    {
        // A text conversion has no pages, so no running heads: its page numbers are found on the prose lines alone
        // (the same rule, without a pass over every table row).
        var paged = document.Lines.Count > 0 && document.Lines[0].Page is not null;
        var furniture = paged ? PageFurniture.Find(document.Lines, bareNumbersOffPage: false) : [];
        var paragraphs = new List<ProseParagraph>();
        ProseParagraph? open = null;
        foreach (var line in Items.Of(document.Lines))
        {
            if (furniture.Contains(line.Number) && !tableLines.Contains(line.Number))
            {
                continue;
            }

            var text = ProseText(line, tableLines);
            if (!paged && text is not null && PageFurniture.IsPageNumber(text, bareNumber: false))
            {
                continue;
            }

            if (text is null)
            {
                // A table row or a non-prose line breaks any paragraph; a blank line only breaks a finished one.
                if (!line.IsBlank || tableLines.Contains(line.Number))
                {
                    open = null;
                }

                continue;
            }

            var heading = IsHeading(text);
            if (open is not null && !heading && open.LineCount < MaxJoinedLines && !EndsSentence(open.Text) && !IsHeading(open.Text))
            {
                open.Append(line, text);
            }
            else
            {
                open = new ProseParagraph();
                open.Append(line, text);
                paragraphs.Add(open);
            }

            if (heading || EndsSentence(text))
            {
                open = null;
            }
        }

        return paragraphs;
    }

    /// <summary>Short numbered titles such as 一、收入支出决算总体情况说明 or （三）具体情况; never a 类/款/项 name path.</summary>
    public static bool IsHeading(string text)
    {
        // Every alternative of the ordinal starts with one of these or a digit (\d): most lines are refused on their
        // first character, before the searches below and the regex.
        if (text.Length == 0 || !(HeadingStarts.Contains(text[0]) || char.IsDigit(text[0])))
        {
            return false;
        }

        if (text.Length > 40 || text.Contains("万元", StringComparison.Ordinal) || text.Contains('%', StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Contains("（类）", StringComparison.Ordinal) || text.Contains("(类)", StringComparison.Ordinal)
            || text.Contains("（款）", StringComparison.Ordinal) || text.Contains("(款)", StringComparison.Ordinal))
        {
            return false;
        }

        return HeadingOrdinal().IsMatch(text);
    }

    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && "。；;！!？?：:".Contains(trimmed[^1], StringComparison.Ordinal);
    }

    private static string? ProseText(SourceLine line, IReadOnlySet<int> tableLines)
    {
        if (tableLines.Contains(line.Number) || line.IsBlank)
        {
            return null;
        }

        // Two or more non-empty cells are a table row the recognizer missed, never prose.
        if (PageFurniture.SingleText(line) is not { } raw)
        {
            return null;
        }

        var text = ProseMarkup.Strip(raw);
        return text.Length == 0 ? null : text;
    }

    private static readonly System.Buffers.SearchValues<char> HeadingStarts = System.Buffers.SearchValues.Create("第一二三四五六七八九十（(");

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[、.．](?!\d))")]
    private static partial Regex HeadingOrdinal();
}
