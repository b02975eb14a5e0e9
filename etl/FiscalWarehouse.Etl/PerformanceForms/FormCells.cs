using System.Buffers;
using System.Globalization;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>
/// Printed text → <see cref="CellValue"/> for form cells: blank, dash (——, —, -), number (thousands separators removed,
/// % kept apart) and text stay distinct (fiscal-reports.md §5). In an 执行率 column a bare <c>95.53</c> is a percentage
/// (seed 001, line 763).
/// </summary>
internal static class FormCells
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private static readonly SearchValues<char> KeyChanges = SearchValues.Create(TextScan.WhiteSpace + "（）：");

    public static CellValue Parse(string? printed, bool percentColumn = false)
    {
        var text = (printed ?? "").Trim();
        if (text.Length == 0)
        {
            return CellValue.Blank;
        }

        if (IsDash(text))
        {
            return new CellValue(text, CellValueKind.Dash, null);
        }

        return TryNumber(text, out var value, out var percent)
            ? new CellValue(text, CellValueKind.Number, value, percent || percentColumn)
            : new CellValue(text, CellValueKind.Text, null);
    }

    public static bool IsDash(string text) => text.Trim() is "—" or "——" or "-" or "--" or "－" or "―" or "─" or "— —" or "-—";

    public static bool IsNumber(string? text)
    {
        var trimmed = (text ?? "").AsSpan().Trim();
        return trimmed.Length > 0 && TryNumber(trimmed, out _, out _);
    }

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

    /// <summary>
    /// The number pattern <c>^[+-]?(\d{1,3}([,，]\d{3})+|\d+)(\.\d+)?\s*[%％]?$</c> on trimmed text, without a regex:
    /// thousands groups of exactly three digits, a fraction after a dot, an optional percent sign after spaces.
    /// </summary>
    private static bool TryNumber(ReadOnlySpan<char> text, out decimal value, out bool percent)
    {
        value = 0;
        percent = false;
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var run = Digits(text, ref i);
        if (run == 0)
        {
            return false;
        }

        var grouped = false;
        if (i < text.Length && text[i] is ',' or '，')
        {
            if (run > 3)
            {
                return false;
            }

            while (i < text.Length && text[i] is ',' or '，')
            {
                i++;
                if (Digits(text, ref i) != 3)
                {
                    return false;
                }
            }

            grouped = true;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (Digits(text, ref i) == 0)
            {
                return false;
            }
        }

        var numberEnd = i;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] is '%' or '％')
        {
            percent = true;
            i++;
        }

        if (i != text.Length)
        {
            percent = false;
            return false;
        }

        var number = text[..numberEnd];
        if (!grouped)
        {
            return decimal.TryParse(number, Styles, CultureInfo.InvariantCulture, out value);
        }

        Span<char> digits = stackalloc char[Math.Min(number.Length, 128)];
        if (number.Length > digits.Length)
        {
            var plain = number.ToString().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
            return decimal.TryParse(plain, Styles, CultureInfo.InvariantCulture, out value);
        }

        var n = 0;
        foreach (var c in number)
        {
            if (c is not (',' or '，'))
            {
                digits[n++] = c;
            }
        }

        return decimal.TryParse(digits[..n], Styles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Advances over a run of digits (\d: any Unicode decimal digit, as the regex had it) and returns its length.</summary>
    private static int Digits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
