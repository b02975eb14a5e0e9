using System.Globalization;
using BenchmarkDotNet.Attributes;
using FiscalWarehouse.Etl.Recognition;

namespace FiscalWarehouse.Benchmarks;

/// <summary>
/// Cell number parsing, the innermost loop of recognition (every cell of every table): the parser's CellParser against
/// plain decimal.Parse on the same printed texts (thousands separators, blanks, dashes, percents as in the samples).
/// </summary>
[MemoryDiagnoser]
public class NumberParsingBenchmarks
{
    private static readonly string[] Cells =
    [
        "218.23", "5,924.67", "", "——", "0.00", "95.53", "100.0%", "2,175.87", "1253.96", "-", "12.85", "570,000", "8309.51", "∞%", "0", "1,142.26",
    ];

    [Benchmark(Baseline = true)]
    public decimal DecimalParse()
    {
        var sum = 0m;
        foreach (var c in Cells)
        {
            if (decimal.TryParse(c.Replace(",", "", StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
            {
                sum += v;
            }
        }

        return sum;
    }

    [Benchmark]
    public int CellParserParse()
    {
        var numbers = 0;
        foreach (var c in Cells)
        {
            if (CellParser.Parse(c).Number is not null)
            {
                numbers++;
            }
        }

        return numbers;
    }
}
