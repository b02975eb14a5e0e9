using System.Globalization;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// The one reader of printed amounts: cell text → <see cref="CellValue"/>: blank, dash (not applicable), number (exact
/// decimal, separators removed, % kept as a flag) or text. Blank, dash and 0.00 stay distinct (fiscal-reports.md §5).
/// Standard tables, 绩效 forms and the numbers of the narrative all read amounts here.
/// </summary>
internal static class CellParser
{
    /// <param name="percentColumn">In a form's 执行率 column a bare <c>95.53</c> is a percentage (seed 001, line 763).</param>
    public static CellValue Parse(string? printed, bool percentColumn = false)
    {
        var text = Model.Text.BlankText.Trim(printed ?? "");
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

    public static bool IsNumber(string? text)
    {
        var trimmed = Model.Text.BlankText.Trim((text ?? "").AsSpan());
        return trimmed.Length > 0 && TryNumber(trimmed, out _, out _);
    }

    /// <summary>The kind <see cref="Parse"/> would give, without allocating: layout analysis asks it for every cell, often twice.</summary>
    public static CellValueKind KindOf(string printed)
    {
        var text = Model.Text.BlankText.Trim(printed.AsSpan());
        if (text.Length == 0)
        {
            return CellValueKind.Blank;
        }

        if (IsDash(text))
        {
            return CellValueKind.Dash;
        }

        return TryNumber(text, out _, out _) ? CellValueKind.Number : CellValueKind.Text;
    }

    public static bool IsDash(string text) => IsDash(Model.Text.BlankText.Trim(text.AsSpan()));

    // Dashes (and a slash) mean "not applicable"; a form may print a doubled dash with a space inside (— —).
    private static bool IsDash(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 6)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ('-' or '—' or '－' or '―' or '–' or '─' or '/' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Accepts 1234.56, 1,234.56, -3, 100%, 100 %, ＋/－ and full-width digits; rejects anything else (no scanning, no
    /// backtracking).
    /// </summary>
    public static bool TryNumber(string text, out decimal value, out bool percent) => TryNumber(text.AsSpan(), out value, out percent);

    public static bool TryNumber(ReadOnlySpan<char> text, out decimal value, out bool percent)
    {
        value = 0;
        percent = false;
        // Most cells asked are labels: no amount starts with an ideograph or a letter, so one test settles them.
        if (text.Length is 0 or > 64 || !CanStartNumber(text[0]))
        {
            return false;
        }

        // The amount is accumulated as it is validated: the normalized copy (a zeroed stack buffer) is only made for
        // the rare amount the exact path declines.
        ulong mantissa = 0;
        var negative = false;
        var scale = -1;
        var lastIsDot = false;
        var digits = 0;
        var dot = false;
        var groupDigits = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Full-width forms are the exception: ASCII characters skip the mapping.
            if (c >= '\u0080')
            {
                c = Normalized(c);
            }

            if (c is >= '0' and <= '9')
            {
                lastIsDot = false;
                digits++;
                if (digits <= 18)
                {
                    mantissa = (mantissa * 10) + (ulong)(c - '0');
                }

                if (scale >= 0)
                {
                    scale++;
                }

                if (groupDigits >= 0 && !dot)
                {
                    groupDigits++;
                }
            }
            else if (c == ',' && !dot && digits > 0 && (groupDigits < 0 ? digits <= 3 : groupDigits == 3))
            {
                groupDigits = 0;
            }
            else if (c == '.' && !dot && (groupDigits < 0 || groupDigits == 3))
            {
                dot = true;
                scale = 0;
                lastIsDot = true;
            }
            else if (c is '-' or '+' && i == 0 && text.Length > 1)
            {
                if (c == '-')
                {
                    negative = true;
                    lastIsDot = false;
                }
            }
            else if (c == '%' && i == text.Length - 1 && digits > 0)
            {
                percent = true;
            }
            else if (char.IsWhiteSpace(c) && digits > 0 && IsSpacedPercentSign(text[i..]))
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || (groupDigits >= 0 && !dot && groupDigits != 3) || lastIsDot)
        {
            return false;
        }

        if (digits <= 18 && !(negative && mantissa == 0))
        {
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
            return true;
        }

        return TryGeneral(text, out value);
    }

    private static bool CanStartNumber(char c) =>
        c is (>= '0' and <= '9') or (>= '０' and <= '９') or '.' or '．' or '-' or '+' or '－' or '−';

    private static char Normalized(char c)
    {
        if (c is >= '０' and <= '９')
        {
            return (char)(c - '０' + '0');
        }

        return c switch
        {
            '．' => '.',
            '，' => ',',
            '－' or '−' => '-',
            '％' => '%',
            _ => c,
        };
    }

    /// <summary>
    /// An accepted amount the exact path declines (over 18 digits, a signed zero), read by the general parser from its
    /// normalized characters: in accepted text those are every digit, the dot and a leading minus.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool TryGeneral(ReadOnlySpan<char> text, out decimal value)
    {
        Span<char> buffer = stackalloc char[64];
        var n = 0;
        foreach (var raw in text)
        {
            var c = Normalized(raw);
            if (c is (>= '0' and <= '9') or '.' or '-')
            {
                buffer[n++] = c;
            }
        }

        return TryExact(buffer[..n], out value)
            || decimal.TryParse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // The usual printed amount (at most 18 digits, not a signed zero) as decimal.Parse reads it, scale kept (0.00 has
    // two decimals), without the general number parser: every numeric cell of every table comes through here.
    private static bool TryExact(ReadOnlySpan<char> number, out decimal value)
    {
        value = 0m;
        var negative = number[0] == '-';
        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (var i = negative ? 1 : 0; i < number.Length; i++)
        {
            var c = number[i];
            if (c == '.')
            {
                scale = 0;
                continue;
            }

            if (++digits > 18)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (ulong)(c - '0');
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (negative && mantissa == 0)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    // Spaces then one percent sign, the end of "95.5 %".
    private static bool IsSpacedPercentSign(ReadOnlySpan<char> rest)
    {
        var sign = rest.TrimStart();
        return sign.Length == 1 && sign[0] is '%' or '％';
    }
}
