using System.Text.RegularExpressions;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// The 功能分类 codes and names the document's own tables print (<c>2080501 行政单位离退休</c>, seed 003, line 179).
/// A narrative name path (<c>社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）</c>, seed 003, line 516)
/// resolves level by level against it: 款 and 项 names repeat across classes (行政运行), only the path is unique.
/// </summary>
internal sealed partial class FunctionCodeIndex
{
    private readonly Dictionary<string, string> _nameByCode = new(StringComparer.Ordinal);

    public static FunctionCodeIndex Build(SourceDocument document)
    {
        var index = new FunctionCodeIndex();
        foreach (var line in document.Lines)
        {
            var cells = line.Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                // Both patterns start with the digit 2: skip every other cell before trimming and matching.
                if (!StartsWithTwo(cells[i]))
                {
                    continue;
                }

                var cell = cells[i].Trim();
                var glued = Glued().Match(cell);
                if (glued.Success)
                {
                    index.Add(glued.Groups["code"].Value, glued.Groups["name"].Value);
                    continue;
                }

                if (!CodeOnly().IsMatch(cell))
                {
                    continue;
                }

                var name = NextNonEmpty(cells, i + 1);
                if (name is not null && !CodeOnly().IsMatch(name) && !char.IsAsciiDigit(name[0]))
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

    private static bool StartsWithTwo(string cell)
    {
        var text = cell.AsSpan().TrimStart();
        return text.Length > 0 && text[0] == '2';
    }

    private static string? NextNonEmpty(IReadOnlyList<string> cells, int from)
    {
        for (var j = from; j < cells.Count; j++)
        {
            if (!string.IsNullOrWhiteSpace(cells[j]))
            {
                return cells[j].Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"^2\d{2}(?:\d{2}){0,2}$")]
    private static partial Regex CodeOnly();

    [GeneratedRegex(@"^(?<code>2\d{2}(?:\d{2}){0,2})\s*(?<name>[\u4e00-\u9fff（(].*)$")]
    private static partial Regex Glued();

}
