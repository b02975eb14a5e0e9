using System.Buffers;

namespace FiscalWarehouse.Etl.Reading;

/// <summary>
/// A file's decoded characters, held only while the reader cuts them into lines: UTF-8 (nearly every report) is decoded
/// into a pooled buffer, so the document exists once as its line strings instead of once more as one whole string.
/// Other encodings keep the string their decoder made. Dispose returns the buffer to the pool.
/// </summary>
internal sealed class DecodedText : IDisposable
{
    private char[]? _pooled;
    private readonly string? _text;
    private readonly int _length;

    private DecodedText(char[]? pooled, string? text, int length)
    {
        _pooled = pooled;
        _text = text;
        _length = length;
    }

    public static DecodedText OfPooled(char[] buffer, int length) => new(buffer, null, length);

    public static DecodedText Of(string text) => new(null, text, text.Length);

    public ReadOnlySpan<char> Span => _text is not null ? _text.AsSpan() : _pooled is { } pooled
        ? pooled.AsSpan(0, _length)
        : throw new ObjectDisposedException(nameof(DecodedText));

    public override string ToString() => _text ?? new string(Span);

    public void Dispose()
    {
        if (_pooled is { } pooled)
        {
            _pooled = null;
            ArrayPool<char>.Shared.Return(pooled);
        }
    }
}
