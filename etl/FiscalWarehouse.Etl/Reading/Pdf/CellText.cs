using System.Text;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>Joins the words of one cell or line: visual lines top to bottom, words left to right.</summary>
internal static class CellText
{
    public static string Join(IReadOnlyList<PdfWord> words)
    {
        if (words.Count == 1)
        {
            return words[0].Text;
        }

        var lines = VisualLines.Cluster(words);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            // A cell's text wrapped onto a second line is one value: join CJK without a space, words with one.
            // An amount wrapped in a narrow cell ("1682.7" over "6") is one number: no space inside it.
            if (text.Length > 0 && !(IsNumberPart(text.ToString()) && IsNumberPart(line[0].Text) && line.Count == 1))
            {
                AppendBreak(text, line[0].Text);
            }

            for (var i = 0; i < line.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                text.Append(line[i].Text);
            }
        }

        return text.ToString();
    }

    public static void AppendBreak(StringBuilder text, string next)
    {
        if (text.Length > 0 && next.Length > 0 && IsAsciiWord(text[^1]) && IsAsciiWord(next[0]))
        {
            text.Append(' ');
        }
    }

    private static bool IsNumberPart(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '-') && text.Any(char.IsAsciiDigit);

    private static bool IsAsciiWord(char c) => c < 128 && char.IsLetterOrDigit(c);
}
