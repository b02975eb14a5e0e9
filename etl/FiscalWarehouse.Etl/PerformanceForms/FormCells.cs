using System.Buffers;

namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>
/// The text key of form headers and labels. Form cells' values are read by the one amount reader,
/// <see cref="Recognition.CellParser"/> (blank, dash, number and text stay distinct, fiscal-reports.md §5).
/// </summary>
internal static class FormCells
{
    private static readonly SearchValues<char> KeyChanges = SearchValues.Create(TextScan.WhiteSpace + "（）：");

    /// <summary>Header and label text compare without spaces (wrapped cells: <c>市县(区)财政资 金</c>, seed 000, line 578).</summary>
    public static string Key(string? text)
    {
        var source = text ?? "";
        var span = source.AsSpan();
        var i = span.IndexOfAny(KeyChanges);
        if (i < 0)
        {
            return source;
        }

        // Same result as removing \s+ and mapping the full-width marks, in one pass (this runs on every form cell).
        Span<char> buffer = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        span[..i].CopyTo(buffer);
        var n = i;
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            buffer[n++] = c switch
            {
                '（' => '(',
                '）' => ')',
                '：' => ':',
                _ => c,
            };
        }

        return new string(buffer[..n]);
    }
}
