namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// A 功能分类 name path printed with markers, <c>社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）</c>
/// (seed 003, line 516): the names of 类, 款 and (if printed) 项, in order.
/// </summary>
internal static class SubjectPath
{
    private const string ClassMarker = "（类）";
    private const string SectionMarker = "（款）";
    private const string ItemMarker = "（项）";

    /// <summary>The path in a normalized label, or null when it does not print at least 类 and 款 with markers.</summary>
    public static IReadOnlyList<string>? Find(string normalized)
    {
        var classAt = normalized.IndexOf(ClassMarker, StringComparison.Ordinal);
        if (classAt <= 0)
        {
            return null;
        }

        var className = TrailingName(normalized[..classAt]);
        var rest = normalized[(classAt + ClassMarker.Length)..];
        var section = Segment(rest, SectionMarker);
        if (className.Length == 0 || section is null)
        {
            return null;
        }

        var path = new List<string> { className, section };
        var afterSection = rest[(rest.IndexOf(SectionMarker, StringComparison.Ordinal) + SectionMarker.Length)..];
        if (Segment(afterSection, ItemMarker) is { } item)
        {
            path.Add(item);
        }

        return path;
    }

    public static string Display(IReadOnlyList<string> path) => string.Join(" / ", path);

    private static string? Segment(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at <= 0 || at > 40)
        {
            return null;
        }

        var name = text[..at];
        return name.AsSpan().IndexOfAny("，。；：、") >= 0 ? null : name;
    }

    /// <summary>The name right before a marker: back to a clause boundary, without a leading ordinal such as <c>4.</c>.</summary>
    private static string TrailingName(string before)
    {
        var start = before.AsSpan().LastIndexOfAny("，。；：、") + 1;
        var name = before[start..];
        var ordinalEnd = 0;
        while (ordinalEnd < name.Length && (char.IsAsciiDigit(name[ordinalEnd]) || name[ordinalEnd] is '.' or '、' or '．'))
        {
            ordinalEnd++;
        }

        return name[ordinalEnd..];
    }
}
