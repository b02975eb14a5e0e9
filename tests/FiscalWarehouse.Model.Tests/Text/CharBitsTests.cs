using CsCheck;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Model.Tests.Text;

public sealed class CharBitsTests
{
    [Fact]
    public void Contains_EveryCharacter_ExactlyTheSetsMembers()
    {
        const string words = "全执实指三得分\u0000\uFFFF a";
        var bits = new CharBits(words);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(words.Contains((char)c, StringComparison.Ordinal), bits.Contains((char)c));
        }
    }

    [Fact]
    public void ContainsAny_AnyText_AsSearchValues()
    {
        const string set = "全执实指三得分";
        var bits = new CharBits(set);
        var values = System.Buffers.SearchValues.Create(set);
        Gen.Char["全执实指三得分合计年度预算0123 "].Array[0, 10].Select(chars => new string(chars)).Sample(text =>
            Assert.Equal(text.AsSpan().ContainsAny(values), bits.ContainsAny(text)));
    }
}
