namespace FiscalWarehouse.Model.Text;

/// <summary>
/// The comparison key of printed text: the one definition every matcher uses (table titles, headers, row labels,
/// form cells, 功能分类 names, unit and subject names; the SQL macro <c>fw_name_key</c> computes the same key).
/// The same words are printed with wrap spaces ("上缴 上级 支出"), quotes, full-width or half-width forms and several
/// bracket styles, depending on the template and the conversion; the key keeps only what names the thing:
/// <list type="number">
/// <item>dropped: every whitespace character (<see cref="char.IsWhiteSpace(char)"/>: space, tab, line breaks, NBSP,
/// the ideographic space U+3000…), the zero-width space and BOM, quotes (“”‘’"'「」『』) and the markdown emphasis mark *;</item>
/// <item>full width folded to half width: U+FF01–U+FF5E to ASCII (（）：，０–９Ａ–Ｚ…);</item>
/// <item>one bracket direction, half width: 【】〔〕［］ and [] become ().</item>
/// </list>
/// Anything else is kept as printed (ideographs, 、。 and other CJK punctuation). Specialized keys are thin layers on
/// top of this one (a title without its numbering, a label without its 含/不含 aside).
/// <para><see cref="Name"/> is the same key for names the warehouse stores and shows (units, subjects: UnitNames after
/// NFKC, and the SQL macro <c>fw_name_key</c>): rules 2 and 3 and the whitespace of rule 1, but quotes and * stay, because
/// they are part of a name as printed (某“十四五”办) and the stored key is also the name the dashboards show.</para>
/// </summary>
public static class PrintedKey
{
    private const string WhiteSpace =
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    /// <summary>The characters the key drops (whitespace, zero-width space and BOM, quotes, *).</summary>
    public const string DroppedCharacters = WhiteSpace + "\u200B\uFEFF“”‘’\"'「」『』*";

    /// <summary>
    /// Every character the key drops or maps, one bit per UTF-16 unit (8 KiB): most printed texts hold none and are
    /// their own key. A table lookup per character beats a vectorized set search on the short texts keyed here (a
    /// cell, a label: ~10 characters), and the key runs on every cell.
    /// </summary>
    private static readonly ulong[] Changes = ChangeBits(DroppedCharacters + "【】〔〕[]" + FullWidthRange());

    private static readonly CharBits DroppedChars = new(DroppedCharacters);

    /// <summary>What <see cref="Name"/> drops: whitespace, the zero-width space and BOM; quotes and * are kept.</summary>
    private const string NameDroppedCharacters = WhiteSpace + "\u200B\uFEFF";

    private static readonly ulong[] NameChanges = ChangeBits(NameDroppedCharacters + "【】〔〕[]" + FullWidthRange());

    private static readonly CharBits NameDroppedChars = new(NameDroppedCharacters);

    public static string Of(string? text) => Key(text, Changes, DroppedChars);

    /// <summary>The key of a stored and shown name: <see cref="Of"/> but for quotes and *, which stay.</summary>
    public static string Name(string? text) => Key(text, NameChanges, NameDroppedChars);

    private static string Key(string? text, ulong[] changes, CharBits dropped)
    {
        text ??= "";
        var i = 0;
        while (i < text.Length && (changes[text[i] >> 6] & (1UL << (text[i] & 63))) == 0)
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, i).CopyTo(buffer);
        var n = i;
        for (; i < text.Length; i++)
        {
            // Folded first, so the full-width quote ＂ and asterisk ＊ go as " and * do.
            var c = Fold(text[i]);
            if (!dropped.Contains(c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>
    /// Whether <see cref="Of"/> of <paramref name="text"/> is longer than <paramref name="limit"/> characters, counted as
    /// the key is built (folded, then dropped) without building it: a long note need not be keyed to be ruled out as a
    /// header word, whose key is short.
    /// </summary>
    public static bool IsLongerThan(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return false;
        }

        var kept = 0;
        foreach (var c in text)
        {
            if (!DroppedChars.Contains(Fold(c)) && ++kept > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for the characters the key drops (whitespace, zero-width, quotes, *).</summary>
    public static bool IsDropped(char c) => DroppedChars.Contains(c);

    /// <summary>One character as the key writes it (for a kept character): full width to ASCII, brackets to ().</summary>
    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return c switch
        {
            '【' or '〔' or '[' => '(',
            '】' or '〕' or ']' => ')',
            _ => c,
        };
    }

    private static ulong[] ChangeBits(string characters)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in characters)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }

    private static string FullWidthRange() => string.Create(0xFF5E - 0xFF01 + 1, 0, (span, _) =>
    {
        for (var k = 0; k < span.Length; k++)
        {
            span[k] = (char)(0xFF01 + k);
        }
    });
}
