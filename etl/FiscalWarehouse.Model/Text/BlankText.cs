namespace FiscalWarehouse.Model.Text;

/// <summary>
/// <see cref="string.IsNullOrWhiteSpace"/> for printed cells, decided without a Unicode category lookup for ideographs:
/// every line's cells are asked this many times, and most of them start with a CJK character, which
/// <see cref="char.IsWhiteSpace(char)"/> looks up in the category tables. No character above the ideographic space
/// U+3000 is whitespace, so those end the test at once; below it the answer is <see cref="char.IsWhiteSpace(char)"/>'s.
/// </summary>
public static class BlankText
{
    public static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c > '\u3000' || !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><see cref="char.IsWhiteSpace(char)"/> without the category lookup for characters above U+3000 (none is whitespace).</summary>
    public static bool IsWhiteSpace(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    /// <summary><see cref="string.Trim()"/>, the text itself when neither end is whitespace (as printed cells almost always are).</summary>
    public static string Trim(string text) =>
        text.Length == 0 || (!IsWhiteSpace(text[0]) && !IsWhiteSpace(text[^1])) ? text : text.Trim();

    /// <summary><see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/> with <see cref="IsWhiteSpace"/>.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        int start = 0, end = text.Length;
        while (start < end && IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }
}
