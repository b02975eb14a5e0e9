using CsCheck;
using FiscalWarehouse.Etl.Narrative;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>Extraction never throws, whatever happens to the prose.</summary>
public sealed class NarrativeRobustnessTests
{
    private const string Noise = "0123456789,.%％，。；：、（）()“”万元元辆个分∞—-* <b></b>|\t年初预算决算其中包括原因（类）（款）（项）";

    [Fact]
    public void Extract_MutatedProse_NeverThrows()
    {
        var documents = Enumerable.Range(0, 5).Select(SampleText.Seed).ToArray();
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var source = documents[random.Next(documents.Length)];
            var document = Mutate(source, random);
            var figures = new NarrativeExtractor().Extract(document, new HashSet<int>());
            Assert.All(figures, f => Assert.InRange(f.Source.Line, 1, document.Lines.Count));
        }, iter: 300);
    }

    private static string Delete(string text, Random random)
    {
        var start = random.Next(text.Length);
        return text.Remove(start, Math.Min(text.Length - start, random.Next(1, 8)));
    }

    private static SourceDocument Mutate(SourceDocument source, Random random)
    {
        var lines = source.Lines.ToList();
        var edits = random.Next(1, 40);
        for (var e = 0; e < edits && lines.Count > 0; e++)
        {
            var index = random.Next(lines.Count);
            var text = lines[index].Text;
            text = random.Next(4) switch
            {
                0 when text.Length > 0 => Delete(text, random),
                1 => text.Insert(random.Next(text.Length + 1), Noise.Substring(random.Next(Noise.Length), 1)),
                2 => text[..random.Next(text.Length + 1)],
                _ => new string([.. text.Reverse()]),
            };
            lines[index] = new SourceLine(lines[index].Number, text, [text]);
        }

        if (random.Next(3) == 0 && lines.Count > 10)
        {
            lines.RemoveRange(random.Next(lines.Count - 5), 5);
        }

        return source with { Lines = lines };
    }
}
