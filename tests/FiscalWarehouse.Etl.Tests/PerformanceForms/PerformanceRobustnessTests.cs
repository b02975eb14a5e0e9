using CsCheck;
using FiscalWarehouse.Etl.PerformanceForms;
using FiscalWarehouse.Etl.Tests.Narrative;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Performance;

/// <summary>Forms with cells dropped, swapped or garbled never make the reader throw.</summary>
public sealed class PerformanceRobustnessTests
{
    private static readonly (int Seed, int From, int To, string Catalog)[] Forms =
    [
        (1, 755, 794, "perf_self_evaluation"),
        (3, 702, 771, "perf_department_self_evaluation"),
        (3, 772, 807, "perf_self_evaluation"),
        (2, 456, 487, "perf_target"),
        (4, 540, 572, "perf_target"),
    ];

    [Fact]
    public void Read_MutatedForms_NeverThrow()
    {
        var documents = Forms.Select(f => SampleText.Range(SampleText.Seed(f.Seed), f.From, f.To)).ToArray();
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var pick = random.Next(Forms.Length);
            var lines = documents[pick].ToList();
            for (var e = random.Next(1, 20); e > 0 && lines.Count > 0; e--)
            {
                var index = random.Next(lines.Count);
                var cells = lines[index].Cells.ToList();
                switch (random.Next(4))
                {
                    case 0 when cells.Count > 0:
                        cells.RemoveAt(random.Next(cells.Count));
                        break;
                    case 1:
                        cells.Insert(random.Next(cells.Count + 1), random.Next(3) switch { 0 => "", 1 => "—", _ => "12.5%" });
                        break;
                    case 2:
                        lines.RemoveAt(index);
                        continue;
                    default:
                        cells.Reverse();
                        break;
                }

                lines[index] = new SourceLine(lines[index].Number, string.Join('\t', cells), cells);
            }

            var table = new PerformanceTableReader().Read(Forms[pick].Catalog, "title", lines, "form.txt");
            Assert.All(table.Rows, r => Assert.All(r.Cells, c => Assert.InRange(c.ColumnIndex, 0, table.Columns.Count - 1)));
        }, iter: 500);
    }
}
