using CsCheck;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Model.Tests.Text;

public sealed class BlankTextTests
{
    // Every whitespace character, the ideographs and punctuation of printed cells, digits and the characters around
    // U+3000 where the fast test changes its answer: what the parser's cells are made of, and the edges of the shortcut.
    private static readonly char[] Alphabet =
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(char.IsWhiteSpace), '\u2FFF', '\u3001', '\u303F', '合', '计', '（', '）', '—', '0', '9', '.', 'a', '-'];

    private static readonly Gen<string> Texts =
        Gen.Int[0, Alphabet.Length - 1].Array[0, 12].Select(ix => new string(ix.Select(i => Alphabet[i]).ToArray()));

    [Fact]
    public void IsWhiteSpace_EveryCharacter_AsCharIsWhiteSpace()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.IsWhiteSpace((char)c), BlankText.IsWhiteSpace((char)c));
        }
    }

    [Fact]
    public void Trim_AnyText_AsStringTrim() =>
        Texts.Sample(text =>
        {
            Assert.Equal(text.Trim(), BlankText.Trim(text));
            Assert.Equal(text.AsSpan().Trim().ToString(), BlankText.Trim(text.AsSpan()).ToString());
            Assert.Equal(string.IsNullOrWhiteSpace(text), BlankText.IsBlank(text));
        });

    [Fact]
    public void Trim_CellWithoutOuterWhiteSpace_SameInstance()
    {
        // The parser trims every cell, which is almost always trimmed already: no copy then.
        var cell = "一般公共服务支出 2010101";
        Assert.Same(cell, BlankText.Trim(cell));
        Assert.Equal("基本支出", BlankText.Trim("\u3000基本支出\u00A0"));
    }
}
