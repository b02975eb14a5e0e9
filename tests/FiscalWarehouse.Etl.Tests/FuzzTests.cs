using System.Text;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests;

/// <summary>
/// 1,000 seeded mutations of the samples (truncate, drop lines, swap cells, inject bytes, re-encode): parsing never
/// crashes, and every error and finding names a line.
/// </summary>
public sealed class FuzzTests
{
    private const int Mutations = 1000;

    [Fact]
    public void SeededMutations_NeverCrashAndAlwaysNameALine()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var samples = SampleReports.All.Select(SampleReports.Bytes).ToArray();
        var parser = new ReportParser();
        var random = new Random(20231128);
        int parsed = 0, rejected = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var bytes = Mutate(samples[i % samples.Length], random, out var how);
            try
            {
                var result = parser.Parse($"fuzz{i}.txt", bytes, TestContext.Current.CancellationToken);
                Assert.All(result.Findings, f => Assert.True(f.Source.Line >= 1 && f.Source.File == $"fuzz{i}.txt", $"{how}: {f.ToContractLine()}"));
                parsed++;
            }
            catch (DocumentReadException e)
            {
                Assert.True(e.Line is >= 1, $"mutation {i} ({how}): no line in '{e.Message}'");
                Assert.Equal($"fuzz{i}.txt", e.File);
                rejected++;
            }
        }

        Assert.Equal(Mutations, parsed + rejected);
        Assert.True(parsed > Mutations / 2, $"only {parsed} of {Mutations} mutations parsed");
    }

    private static byte[] Mutate(byte[] source, Random random, out string how)
    {
        var kind = random.Next(6);
        var text = Encoding.UTF8.GetString(source);
        var lines = text.Split('\n').ToList();
        switch (kind)
        {
            case 0:
                var cut = random.Next(source.Length);
                how = $"truncate at byte {cut}";
                return source[..cut];
            case 1:
                var count = random.Next(1, 30);
                for (var k = 0; k < count && lines.Count > 1; k++)
                {
                    lines.RemoveAt(random.Next(lines.Count));
                }

                how = $"drop {count} lines";
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case 2:
                for (var k = 0; k < 20; k++)
                {
                    var n = random.Next(lines.Count);
                    var cells = lines[n].Split('\t');
                    if (cells.Length > 2)
                    {
                        var a = random.Next(cells.Length);
                        var b = random.Next(cells.Length);
                        (cells[a], cells[b]) = (cells[b], cells[a]);
                        lines[n] = string.Join('\t', cells);
                    }
                }

                how = "swap cells";
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case 3:
                var bytes = source.ToList();
                var injections = random.Next(1, 10);
                for (var k = 0; k < injections; k++)
                {
                    bytes.Insert(random.Next(bytes.Count), (byte)random.Next(256));
                }

                how = $"inject {injections} bytes";
                return [.. bytes];
            case 4:
                how = "re-encode GB18030 with CRLF";
                return Encoding.GetEncoding("GB18030").GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal));
            default:
                var line = random.Next(lines.Count);
                lines[line] = new string(lines[line].Select(c => random.Next(8) == 0 ? (char)random.Next(0x20, 0x9FFF) : c).ToArray());
                how = $"garble line {line + 1}";
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
    }
}
