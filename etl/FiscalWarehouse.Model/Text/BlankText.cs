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
}
