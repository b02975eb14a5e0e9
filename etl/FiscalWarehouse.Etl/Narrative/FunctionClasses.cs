namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// The 类 (3-digit) level of the 政府收支分类 功能分类 (expenditure functions), by name. Data, not logic: the national
/// table, with names used by earlier editions (文化体育与传媒, 医疗卫生与计划生育) so older reports still resolve.
/// Narrative sentences name 类 without codes (<c>一般公共服务支出(类)195.17万元</c>, seed 000, line 428).
/// </summary>
internal static class FunctionClasses
{
    private static readonly (string Code, string Name)[] Table =
    [
        ("201", "一般公共服务支出"),
        ("202", "外交支出"),
        ("203", "国防支出"),
        ("204", "公共安全支出"),
        ("205", "教育支出"),
        ("206", "科学技术支出"),
        ("207", "文化旅游体育与传媒支出"),
        ("207", "文化体育与传媒支出"),
        ("208", "社会保障和就业支出"),
        ("209", "社会保险基金支出"),
        ("210", "卫生健康支出"),
        ("210", "医疗卫生与计划生育支出"),
        ("211", "节能环保支出"),
        ("212", "城乡社区支出"),
        ("213", "农林水支出"),
        ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"),
        ("215", "资源勘探信息等支出"),
        ("216", "商业服务业等支出"),
        ("217", "金融支出"),
        ("219", "援助其他地区支出"),
        ("220", "自然资源海洋气象等支出"),
        ("220", "国土海洋气象等支出"),
        ("221", "住房保障支出"),
        ("222", "粮油物资储备支出"),
        ("223", "国有资本经营预算支出"),
        ("224", "灾害防治及应急管理支出"),
        ("227", "预备费"),
        ("229", "其他支出"),
        ("230", "转移性支出"),
        ("231", "债务还本支出"),
        ("232", "债务付息支出"),
        ("233", "债务发行费用支出"),
        ("234", "抗疫特别国债安排的支出"),
    ];

    /// <summary>Every (code, name, printed variant) in table order, built once: labels are matched against them per clause.</summary>
    private static readonly (string Code, string Name, string Variant)[] PrefixVariants = BuildPrefixVariants();

    private static readonly (string Code, string Stem)[] Stems = BuildStems();

    private static readonly System.Buffers.SearchValues<char> FirstChars = BuildFirstChars();

    /// <summary>
    /// The class whose name (or name without 等, which drifts inside one document, fiscal-reports.md §2)
    /// starts <paramref name="label"/>, with the length of the printed name consumed. 其他支出 and 预备费 are left out
    /// of prefix matching: they are too generic to name a class at the start of a clause.
    /// </summary>
    public static (string Code, string Name, int Length)? MatchPrefix(string label)
    {
        // Asked of every clause: most start with no class name's first character, and the rest with few.
        if (label.Length == 0 || !FirstChars.Contains(label[0]))
        {
            return null;
        }

        (string Code, string Name, int Length)? best = null;
        foreach (var (code, name, variant) in PrefixVariants)
        {
            if (variant[0] == label[0] && label.StartsWith(variant, StringComparison.Ordinal) && (best is null || variant.Length > best.Value.Length))
            {
                best = (code, name, variant.Length);
            }
        }

        return best;
    }

    /// <summary>The code of a printed 类 name, matched exactly or by stem.</summary>
    public static string? CodeOf(string name)
    {
        var stem = Stem(name);
        foreach (var (code, known) in Stems)
        {
            if (string.Equals(known, stem, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The standard name of a 类 code (201 → 一般公共服务支出).</summary>
    public static string? NameOf(string code)
    {
        foreach (var (known, name) in Table)
        {
            if (string.Equals(known, code, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    // Loops, not LINQ over the tuples: each LINQ operator over a value tuple is a generic instantiation that
    // ReadyToRun cannot hold, JIT-compiled in every process (docs/benchmarks.md, round 11).
    private static (string Code, string Name, string Variant)[] BuildPrefixVariants()
    {
        var variants = new (string Code, string Name, string Variant)[Table.Length * 2];
        var count = 0;
        foreach (var (code, name) in Table)
        {
            if (code is "229" or "227" or "223")
            {
                continue;
            }

            variants[count++] = (code, name, name);
            var stem = Stem(name);
            if (stem.Length >= 4)
            {
                variants[count++] = (code, name, stem + "支出");
            }
        }

        var exact = new (string Code, string Name, string Variant)[count];
        Array.Copy(variants, exact, count);
        return exact;
    }

    private static System.Buffers.SearchValues<char> BuildFirstChars()
    {
        var firsts = new char[PrefixVariants.Length];
        for (var i = 0; i < firsts.Length; i++)
        {
            firsts[i] = PrefixVariants[i].Variant[0];
        }

        return System.Buffers.SearchValues.Create(firsts);
    }

    private static (string Code, string Stem)[] BuildStems()
    {
        var stems = new (string Code, string Stem)[Table.Length];
        for (var i = 0; i < Table.Length; i++)
        {
            stems[i] = (Table[i].Code, Stem(Table[i].Name));
        }

        return stems;
    }

    private static string Stem(string name)
    {
        var stem = name.EndsWith("支出", StringComparison.Ordinal) ? name[..^2] : name;
        return stem.Replace("等", "", StringComparison.Ordinal);
    }
}
