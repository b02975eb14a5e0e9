using System.Text;

namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>
/// Distinct reports made from the five samples: the unit name is changed everywhere it is printed (a code of two
/// 天干 characters after the region prefix), so each variant is a different report (unit, year, kind, phase) with the
/// same tables and numbers as its sample.
/// </summary>
internal static class ReportVariants
{
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";

    /// <summary>Unit names as printed in the samples (samples/README.md).</summary>
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["shanxi-gaoping-industry-service-center-2023-unit-final.txt"] = "高平市工业和信息化事务服务中心",
        ["shanxi-xiangyuan-industry-bureau-2023-department-final.txt"] = "襄垣县工业和信息化局",
        ["shanxi-datong-materials-promotion-center-2023-unit-budget.txt"] = "大同市信息和新材料应用推广中心",
        ["henan-pingdingshan-industry-bureau-2023-department-final.txt"] = "平顶山市工业和信息化局",
        ["shanxi-zezhou-industry-bureau-2024-department-budget.txt"] = "泽州县工业和信息化局",
    };

    /// <summary>Writes <paramref name="count"/> variants (round robin over the samples); returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, int offset = 0)
    {
        Directory.CreateDirectory(folder);
        var samples = RepoPaths.SampleFiles;
        var written = new List<string>(count);
        for (var i = offset; i < offset + count; i++)
        {
            var sample = samples[i % samples.Count];
            var name = Path.GetFileName(sample);
            var unit = Units[name];
            var variant = VariantName(unit, i / samples.Count);
            var text = File.ReadAllText(sample, Encoding.UTF8).Replace(unit, variant, StringComparison.Ordinal);
            var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-v{i:D3}.txt");
            // Written aside and renamed, as a careful uploader would; the growing-file test covers the careless one.
            File.WriteAllText(path + ".part", text, new UTF8Encoding(false));
            File.Move(path + ".part", path);
            written.Add(path);
        }

        return written;
    }

    internal static string VariantName(string unit, int index)
    {
        var cut = unit.IndexOfAny(['市', '县']) + 1;
        var code = $"{Stems[index / Stems.Length % Stems.Length]}{Stems[index % Stems.Length]}";
        return unit[..cut] + code + unit[cut..];
    }
}
