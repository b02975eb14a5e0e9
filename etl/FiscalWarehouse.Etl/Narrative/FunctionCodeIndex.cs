using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// The 功能分类 codes and names the document's own tables print (<c>2080501 行政单位离退休</c>, seed 003, line 179).
/// A narrative name path (<c>社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）</c>, seed 003, line 516)
/// resolves level by level against it: 款 and 项 names repeat across classes (行政运行), only the path is unique.
/// </summary>
internal sealed class FunctionCodeIndex
{
    private readonly Dictionary<string, string> _nameByCode = new(StringComparer.Ordinal);

    public static FunctionCodeIndex Build(SourceDocument document)
    {
        var index = new FunctionCodeIndex();
        foreach (var line in Items.Of(document.Lines))
        {
            var cells = Items.Of(line.Cells);
            for (var i = 0; i < cells.Length; i++)
            {
                // Both patterns start with the digit 2: skip every other cell before trimming and matching.
                if (!StartsWithTwo(cells[i]))
                {
                    continue;
                }

                var cell = cells[i].Trim();
                var digits = CodeDigits(cell);
                if (digits is not (3 or 5 or 7))
                {
                    continue;
                }

                if (digits < cell.Length)
                {
                    if (GluedName(cell, digits) is { } glued)
                    {
                        index.Add(cell[..digits], glued);
                    }

                    continue;
                }

                var name = NextNonEmpty(cells, i + 1);
                if (name is not null && !IsCodeOnly(name) && !char.IsAsciiDigit(name[0]))
                {
                    index.Add(cell, name);
                }
            }
        }

        return index;
    }

    /// <summary>
    /// The code of a path of printed names (类, 款, 项), or null unless every level resolves. The 类 may come from the
    /// national list when the document's tables do not print it.
    /// </summary>
    public string? Resolve(IReadOnlyList<string> path)
    {
        if (path.Count == 0)
        {
            return null;
        }

        var code = FindChild("", 3, path[0]) ?? FunctionClasses.CodeOf(path[0]);
        for (var level = 1; level < path.Count && code is not null; level++)
        {
            code = FindChild(code, 3 + (2 * level), path[level]);
        }

        return code;
    }

    /// <summary>
    /// The code of a 款 (and 项) path printed without its 类: under <paramref name="classCode"/> when the class is known,
    /// else the one path of the document's tables that has these names (null when none or several have).
    /// </summary>
    public string? ResolveSections(string? classCode, IReadOnlyList<string> sections)
    {
        if (sections.Count is 0 or > 2)
        {
            return null;
        }

        if (classCode is not null)
        {
            var code = FindChild(classCode, 5, sections[0]);
            return code is not null && sections.Count == 2 ? FindChild(code, 7, sections[1]) : code;
        }

        string? found = null;
        var sectionKey = Key(sections[0]);
        foreach (var (code, known) in _nameByCode)
        {
            if (code.Length != 5 || !string.Equals(known, sectionKey, StringComparison.Ordinal))
            {
                continue;
            }

            var candidate = sections.Count == 2 ? FindChild(code, 7, sections[1]) : code;
            if (candidate is null)
            {
                continue;
            }

            if (found is not null && !string.Equals(found, candidate, StringComparison.Ordinal))
            {
                return null;
            }

            found = candidate;
        }

        return found;
    }

    /// <summary>The name the document's tables print for a code, if any.</summary>
    public string? NameOf(string code) => _nameByCode.GetValueOrDefault(code);

    private string? FindChild(string parent, int length, string name)
    {
        var key = Key(name);
        foreach (var (code, known) in _nameByCode)
        {
            if (code.Length == length && code.StartsWith(parent, StringComparison.Ordinal)
                && string.Equals(known, key, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    private void Add(string code, string name)
    {
        var key = Key(name);
        if (key.Length > 0)
        {
            _nameByCode.TryAdd(code, key);
        }
    }

    /// <summary>Names compare by the one text key: no spaces or quotes, parentheses of either width ((室) vs （室）).</summary>
    public static string Key(string name) => PrintedKey.Of(name);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool StartsWithTwo(string cell)
    {
        // Runs on every cell of the document: decided on the first character unless that one is whitespace (above
        // U+3000, the ideographic space, no character is whitespace, so ideographs need no category lookup).
        if (cell.Length == 0 || cell[0] == '2')
        {
            return cell.Length > 0;
        }

        if (cell[0] > '\u3000' || !char.IsWhiteSpace(cell[0]))
        {
            return false;
        }

        var text = cell.AsSpan().TrimStart();
        return text.Length > 0 && text[0] == '2';
    }

    private static string? NextNonEmpty(ReadOnlySpan<string> cells, int from)
    {
        for (var j = from; j < cells.Length; j++)
        {
            if (!string.IsNullOrWhiteSpace(cells[j]))
            {
                return cells[j].Trim();
            }
        }

        return null;
    }

    // The two shapes, matched by hand on every cell that starts with 2 (amounts too), exactly as the patterns
    // ^2\d{2}(?:\d{2}){0,2}$ (a code alone) and ^(?<code>2\d{2}(?:\d{2}){0,2})\s*(?<name>[\u4e00-\u9fff（(].*)$ (a code
    // glued to its name) read them: a code is the whole run of digits (\d: any Unicode digit) after the leading 2.

    /// <summary>The length of the leading run of digits when it starts with the ASCII 2, else 0.</summary>
    private static int CodeDigits(string cell)
    {
        if (cell.Length == 0 || cell[0] != '2')
        {
            return 0;
        }

        var n = 1;
        while (n < cell.Length && char.IsDigit(cell[n]))
        {
            n++;
        }

        return n;
    }

    private static bool IsCodeOnly(string text) => CodeDigits(text) is 3 or 5 or 7 && CodeDigits(text) == text.Length;

    /// <summary>The name glued after a code of <paramref name="digits"/> digits, or null when the cell is not so shaped.</summary>
    private static string? GluedName(string cell, int digits)
    {
        var at = digits;
        while (at < cell.Length && IsRegexSpace(cell[at]))
        {
            at++;
        }

        // `.` stops at a line feed and `$` only passes one that ends the text.
        var lineFeed = cell.IndexOf('\n', at);
        if (at == cell.Length || !(cell[at] is (>= '\u4e00' and <= '\u9fff') or '（' or '(')
            || (lineFeed >= 0 && lineFeed != cell.Length - 1))
        {
            return null;
        }

        return lineFeed >= 0 ? cell[at..lineFeed] : cell[at..];
    }

    /// <summary>The regex class \s: \f \n \r \t \v \x85 and the separators \p{Z}.</summary>
    private static bool IsRegexSpace(char c) =>
        c is '\f' or '\n' or '\r' or '\t' or '\v' or '\x85'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.SpaceSeparator
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;

}
