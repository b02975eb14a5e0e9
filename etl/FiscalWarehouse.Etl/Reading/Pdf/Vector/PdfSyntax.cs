using System.Text;

namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>A PDF name (<c>/Type</c>), without the slash.</summary>
internal readonly record struct PdfName(string Value);

/// <summary>An indirect reference (<c>12 0 R</c>).</summary>
internal readonly record struct PdfRef(int Number, int Generation);

/// <summary>A stream object: its dictionary and where its raw (still encoded) bytes start in the file.</summary>
internal sealed record PdfStream(Dictionary<string, object> Dictionary, int DataStart, int Number, int Generation);

/// <summary>The PDF null object (a real null would be ambiguous with "missing").</summary>
internal sealed class PdfNull
{
    public static readonly PdfNull Instance = new();

    private PdfNull()
    {
    }
}

/// <summary>Thrown when the file does not follow the subset of the syntax this reader handles; the caller falls back to rendering.</summary>
internal sealed class PdfSyntaxException(string message) : Exception(message);

/// <summary>
/// The PDF object syntax (ISO 32000-1 §7.2–7.3) over a byte buffer: numbers as double, names, strings as bytes,
/// arrays as lists, dictionaries keyed by name, references. Only what finding a page's drawing needs.
/// </summary>
internal sealed class PdfSyntax(byte[] data, int position)
{
    public byte[] Data { get; } = data;

    public int Position { get; set; } = position;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhite()
    {
        var data = Data;
        while (Position < data.Length)
        {
            var b = data[Position];
            if (IsWhite(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < data.Length && data[Position] is not (10 or 13))
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    // Nesting deeper than any real file has: a hostile file must not overflow the stack.
    private const int MaxNesting = 64;

    /// <summary>Reads one object; <c>N G R</c> becomes a <see cref="PdfRef"/>. Keywords come back as <see cref="Keyword"/>.</summary>
    public object ReadObject() => ReadObject(0);

    private object ReadObject(int nesting)
    {
        if (nesting > MaxNesting)
        {
            throw new PdfSyntaxException("objects nested too deeply");
        }

        SkipWhite();
        if (Position >= Data.Length)
        {
            throw new PdfSyntaxException("unexpected end of file");
        }

        var b = Data[Position];
        switch (b)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'[':
            {
                Position++;
                var list = new List<object>();
                while (true)
                {
                    SkipWhite();
                    if (Position >= Data.Length)
                    {
                        throw new PdfSyntaxException("unterminated array");
                    }

                    if (Data[Position] == ']')
                    {
                        Position++;
                        return list;
                    }

                    list.Add(ReadObject(nesting + 1));
                }
            }

            case (byte)'<' when Position + 1 < Data.Length && Data[Position + 1] == '<':
            {
                Position += 2;
                var dict = new Dictionary<string, object>(StringComparer.Ordinal);
                while (true)
                {
                    SkipWhite();
                    if (Position + 1 < Data.Length && Data[Position] == '>' && Data[Position + 1] == '>')
                    {
                        Position += 2;
                        return dict;
                    }

                    if (ReadObject(nesting + 1) is not PdfName key)
                    {
                        throw new PdfSyntaxException("dictionary key is not a name");
                    }

                    dict[key.Value] = ReadObject(nesting + 1);
                }
            }

            case (byte)'<':
                return ReadHexString();
            case (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9':
            {
                var number = ReadNumber();
                if (number >= 0 && number == Math.Floor(number))
                {
                    // Look ahead for "G R" without consuming anything when it is not there.
                    var save = Position;
                    SkipWhite();
                    if (Position < Data.Length && Data[Position] is >= (byte)'0' and <= (byte)'9')
                    {
                        var generation = ReadNumber();
                        SkipWhite();
                        if (Position < Data.Length && Data[Position] == 'R' && (Position + 1 >= Data.Length || IsWhite(Data[Position + 1]) || IsDelimiter(Data[Position + 1])))
                        {
                            Position++;
                            return new PdfRef((int)number, (int)generation);
                        }
                    }

                    Position = save;
                }

                return number;
            }

            default:
            {
                var word = ReadKeyword();
                return word switch
                {
                    "true" => true,
                    "false" => false,
                    "null" => PdfNull.Instance,
                    "" => throw new PdfSyntaxException($"unexpected byte 0x{b:x2}"),
                    _ => new Keyword(word),
                };
            }
        }
    }

    public PdfName ReadName()
    {
        Position++;
        var start = Position;
        while (Position < Data.Length && !IsWhite(Data[Position]) && !IsDelimiter(Data[Position]))
        {
            Position++;
        }

        var raw = Data.AsSpan(start, Position - start);
        if (raw.IndexOf((byte)'#') < 0)
        {
            return new PdfName(Encoding.Latin1.GetString(raw));
        }

        var text = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && Uri.IsHexDigit((char)raw[i + 1]) && Uri.IsHexDigit((char)raw[i + 2]))
            {
                text.Append((char)Convert.ToByte(Encoding.Latin1.GetString(raw.Slice(i + 1, 2)), 16));
                i += 2;
            }
            else
            {
                text.Append((char)raw[i]);
            }
        }

        return new PdfName(text.ToString());
    }

    public double ReadNumber()
    {
        var data = Data;
        var negative = false;
        if (data[Position] is (byte)'+' or (byte)'-')
        {
            negative = data[Position] == '-';
            Position++;
        }

        double value = 0;
        var any = false;
        while (Position < data.Length && data[Position] is >= (byte)'0' and <= (byte)'9')
        {
            value = value * 10 + (data[Position] - '0');
            Position++;
            any = true;
        }

        if (Position < data.Length && data[Position] == '.')
        {
            Position++;
            var scale = 0.1;
            while (Position < data.Length && data[Position] is >= (byte)'0' and <= (byte)'9')
            {
                value += (data[Position] - '0') * scale;
                scale /= 10;
                Position++;
                any = true;
            }
        }

        // Producers write "-" or "--5" now and then; readers treat the junk as 0 rather than fail the page.
        while (Position < data.Length && data[Position] is (byte)'-' or (byte)'+')
        {
            Position++;
        }

        return any ? (negative ? -value : value) : 0;
    }

    public string ReadKeyword()
    {
        var start = Position;
        while (Position < Data.Length && !IsWhite(Data[Position]) && !IsDelimiter(Data[Position]))
        {
            Position++;
        }

        return Encoding.Latin1.GetString(Data, start, Position - start);
    }

    /// <summary>A literal string's bytes: balanced parentheses, backslash escapes (\n, \ddd octal, line continuation).</summary>
    public byte[] ReadLiteralString()
    {
        var start = Position + 1;
        SkipLiteralString();
        var raw = Data.AsSpan(start, Math.Max(0, Position - 1 - start));
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                bytes.Add(raw[i]);
                continue;
            }

            var c = raw[++i];
            switch (c)
            {
                case (byte)'n': bytes.Add(10); break;
                case (byte)'r': bytes.Add(13); break;
                case (byte)'t': bytes.Add(9); break;
                case (byte)'b': bytes.Add(8); break;
                case (byte)'f': bytes.Add(12); break;
                case 13:
                    if (i + 1 < raw.Length && raw[i + 1] == 10)
                    {
                        i++;
                    }

                    break;
                case 10:
                    break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    var value = c - '0';
                    for (var k = 0; k < 2 && i + 1 < raw.Length && raw[i + 1] is >= (byte)'0' and <= (byte)'7'; k++)
                    {
                        value = value * 8 + (raw[++i] - '0');
                    }

                    bytes.Add((byte)value);
                    break;
                }

                default:
                    bytes.Add(c);
                    break;
            }
        }

        return [.. bytes];
    }

    public void SkipLiteralString()
    {
        Position++;
        var depth = 1;
        while (Position < Data.Length)
        {
            var b = Data[Position++];
            if (b == '\\')
            {
                Position++;
            }
            else if (b == '(')
            {
                depth++;
            }
            else if (b == ')' && --depth == 0)
            {
                return;
            }
        }
    }

    public byte[] ReadHexString()
    {
        var start = ++Position;
        while (Position < Data.Length && Data[Position] != '>')
        {
            Position++;
        }

        var hex = Data.AsSpan(start, Position - start);
        Position++;
        var bytes = new List<byte>();
        int high = -1;
        foreach (var c in hex)
        {
            var v = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                bytes.Add((byte)(high * 16 + v));
                high = -1;
            }
        }

        return [.. bytes];
    }

    /// <summary>A bare word: an operator in a content stream, or obj/endobj/stream in the file body.</summary>
    internal readonly record struct Keyword(string Value);
}
