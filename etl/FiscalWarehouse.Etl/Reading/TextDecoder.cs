using System.Buffers;
using System.Text;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading;

/// <summary>
/// Bytes → text with the encoding detected, never assumed: a BOM wins; otherwise strict UTF-8, then strict GB18030
/// (files saved on Chinese Windows). Binary content (NUL bytes, control characters, a PDF/ZIP signature) is refused
/// with the line where it shows, so a PDF handed to the text reader fails clearly instead of yielding garbage tables.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    private static readonly Encoding StrictGb18030 = CreateGb18030();

    private static Encoding CreateGb18030()
    {
        // GB18030 is not built into .NET: the code-pages provider must be registered before asking for it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static (string Text, string EncodingName) Decode(string fileName, byte[] bytes)
    {
        var (chars, name) = DecodeChars(fileName, bytes);
        using (chars)
        {
            return (chars.ToString(), name);
        }
    }

    /// <summary><see cref="Decode"/> without the whole text as a string: the caller cuts lines from it, then disposes it.</summary>
    public static (DecodedText Text, string EncodingName) DecodeChars(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(fileName, 1, "empty file");
        }

        RejectBinarySignatures(fileName, bytes);
        var (text, name) = DecodeText(fileName, bytes);
        try
        {
            RejectControlCharacters(fileName, text.Span);
            if (text.Span.Trim().IsEmpty)
            {
                throw new DocumentReadException(fileName, 1, "file holds no text");
            }
        }
        catch
        {
            text.Dispose();
            throw;
        }

        return (text, name);
    }

    private static void RejectBinarySignatures(string fileName, byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            throw new DocumentReadException(fileName, 1, "a PDF file, not text (no PDF reader accepted it)");
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            throw new DocumentReadException(fileName, 1, "a ZIP/XLSX container, not text (no XLSX reader accepted it)");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new DocumentReadException(fileName, 1, "an OLE (old Office) file, not text");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return;
        }

        var nul = bytes.AsSpan().IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DocumentReadException(fileName, LineOfByte(bytes, nul), "binary content (NUL byte), not a text report");
        }
    }

    private static (DecodedText, string) DecodeText(string fileName, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodedText.Of(DecodeStrict(fileName, bytes, 3, StrictUtf8)), "utf-8-bom");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (DecodedText.Of(DecodeStrict(fileName, bytes, 2, new UnicodeEncoding(false, false, true))), "utf-16le");
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (DecodedText.Of(DecodeStrict(fileName, bytes, 2, new UnicodeEncoding(true, false, true))), "utf-16be");
        }

        if (TryDecodeUtf8Pooled(bytes) is { } utf8)
        {
            return (utf8, "utf-8");
        }

        // Not UTF-8: GB18030 is a superset of GBK/GB2312, the encodings of files saved on Chinese Windows.

        try
        {
            var text = StrictGb18030.GetString(bytes);
            if (LooksLikeChinese(text))
            {
                return (DecodedText.Of(text), "gb18030");
            }
        }
        catch (DecoderFallbackException)
        {
        }

        throw InvalidBytes(fileName, bytes);
    }

    /// <summary>
    /// Neither encoding decodes the whole file: name the line of the first invalid byte sequence in the encoding the
    /// file is written in, i.e. the one that fails on fewer lines. A GB18030 file fails UTF-8 on every Chinese line
    /// (the first is usually line 1 or 2), so its own bad bytes further down are the line to name; and the reverse.
    /// </summary>
    private static DocumentReadException InvalidBytes(string fileName, byte[] bytes)
    {
        var (utf8Bad, utf8First) = InvalidLines(bytes, StrictUtf8);
        var (gbBad, gbFirst) = InvalidLines(bytes, StrictGb18030);
        return gbBad > 0 && gbBad < utf8Bad
            ? new DocumentReadException(fileName, gbFirst, "invalid bytes in GB18030 text (not a character in GB18030 nor UTF-8)")
            : new DocumentReadException(fileName, utf8First, "unknown text encoding (neither UTF-8 nor GB18030)");
    }

    /// <summary>
    /// Strict UTF-8 (what <c>new UTF8Encoding(false, true).GetString</c> accepts, null where it would throw) in one pass:
    /// GetString validates the whole input to count the characters, then validates it again while transcoding.
    /// </summary>
    internal static string? TryDecodeUtf8(byte[] bytes)
    {
        using var text = TryDecodeUtf8Pooled(bytes);
        return text?.ToString();
    }

    /// <summary><see cref="TryDecodeUtf8"/> into a pooled buffer (returned when the result is disposed).</summary>
    private static DecodedText? TryDecodeUtf8Pooled(byte[] bytes)
    {
        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return DecodedText.OfPooled(buffer, written);
        }

        ArrayPool<char>.Shared.Return(buffer);
        return null;
    }

    private static string DecodeStrict(string fileName, byte[] bytes, int skip, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException(fileName, FirstInvalidUtf8Line(bytes), $"invalid {encoding.WebName} text");
        }
    }

    /// <summary>
    /// GB18030 decodes almost any byte sequence, so random bytes would "succeed": require that most non-ASCII characters
    /// are CJK ideographs or CJK punctuation, as in every real report.
    /// </summary>
    private static bool LooksLikeChinese(string text)
    {
        int nonAscii = 0, cjk = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2010' and <= '\u2027') or '\u00B7')
            {
                cjk++;
            }
        }

        return nonAscii == 0 || cjk >= nonAscii * 0.8;
    }

    /// <summary>The characters the scan below counts as control characters.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\uFFFD");

    private static void RejectControlCharacters(string fileName, ReadOnlySpan<char> text)
    {
        // Almost every text has none: a vectorized search settles that before the counting loop.
        if (!text.ContainsAny(Controls))
        {
            return;
        }

        int line = 1, controls = 0, firstLine = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
            }
            else if ((c < ' ' && c is not ('\t' or '\r' or '\f' or '\v')) || c == '\uFFFD' || (c >= '\u007F' && c < '\u00A0'))
            {
                controls++;
                if (firstLine == 0)
                {
                    firstLine = line;
                }
            }
        }

        // A stray control character is tolerated (copy-paste debris); many mean the bytes are not text.
        if (controls > 8 || (controls > 0 && controls * 200 > text.Length))
        {
            throw new DocumentReadException(fileName, firstLine, "binary content (control characters), not a text report");
        }
    }

    private static int LineOfByte(byte[] bytes, int index) => bytes.AsSpan(0, index).Count((byte)'\n') + 1;

    private static int FirstInvalidUtf8Line(byte[] bytes) => InvalidLines(bytes, StrictUtf8).FirstLine;

    /// <summary>
    /// Decodes line by line (0x0A is never part of a multi-byte character in UTF-8 or GB18030, so lines decode alone):
    /// how many lines hold invalid sequences and the first of them (the last line when none, which cannot happen
    /// when the whole file failed to decode).
    /// </summary>
    private static (int BadLines, int FirstLine) InvalidLines(byte[] bytes, Encoding encoding)
    {
        int bad = 0, first = 0, line = 1, lineStart = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != '\n')
            {
                continue;
            }

            try
            {
                encoding.GetCharCount(bytes, lineStart, i - lineStart);
            }
            catch (DecoderFallbackException)
            {
                bad++;
                first = first == 0 ? line : first;
            }

            line++;
            lineStart = i + 1;
        }

        return (bad, first == 0 ? line - 1 : first);
    }
}
