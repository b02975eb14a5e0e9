using System.Buffers;
using FiscalWarehouse.Model.Reports;
using T = FiscalWarehouse.Model.Reports.NarrativeTopics;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// The phrases of the narrative vocabulary (data). Matching picks the phrase that ends closest to the number, the
/// longest on a tie, so 公务用车购置及运行维护费 wins over 公务用车购置 and 财政拨款收入总计 over 收入总计.
/// </summary>
internal static class TopicKeywords
{
    private static readonly TopicKeyword[] All =
    [
        // 一般公共预算 / 政府性基金 / 国有资本经营: explicit, the fund is in the phrase.
        .. K(T.GeneralBudgetExpenditure, "一般公共预算财政拨款支出", "一般公共预算财政拨款决算支出", "一般公共预算当年拨款",
            "一般公共预算当年支出", "一般公共预算支出", "一般公共预算拨款支出"),
        .. K(T.GeneralBudgetIncome, "一般公共预算拨款收入", "一般公共预算收入"),
        .. K(T.GovernmentFundIncome, "政府性基金预算财政拨款收入", "政府性基金预算拨款收入", "政府性基金收入"),
        .. K(T.GovernmentFundExpenditure, "政府性基金预算财政拨款支出", "政府性基金预算支出", "政府性基金支出"),
        .. K(T.StateCapitalIncome, "国有资本经营预算财政拨款收入", "国有资本经营预算拨款收入", "国有资本经营预算收入"),
        .. K(T.StateCapitalExpenditure, "国有资本经营预算财政拨款支出", "国有资本经营预算支出"),

        // Bare phrases: a qualifier before them (or the paragraph's) decides the fund.
        .. F(KeywordFamily.Income, [T.FiscalAppropriationIncome], "财政拨款收入", "拨款收入"),
        .. F(KeywordFamily.Expenditure, [T.FiscalAppropriationExpenditure], "财政拨款支出", "财政拨款决算支出", "当年拨款"),
        .. F(KeywordFamily.Both, [T.FiscalAppropriationIncome, T.FiscalAppropriationExpenditure], "财政拨款收支总预算",
            "财政拨款收支总计", "财政拨款收、支总计", "财政拨款收支预算"),
        .. F(KeywordFamily.Income, [T.TotalIncome], "收入总计", "预算收入总计", "预算收入", "收入预算"),
        .. F(KeywordFamily.Income, [T.CurrentIncome], "收入合计", "本年收入"),
        .. F(KeywordFamily.Expenditure, [T.TotalExpenditure], "支出总计", "预算支出总计", "支出预算"),
        .. F(KeywordFamily.Expenditure, [T.CurrentExpenditure], "支出合计", "本年支出", "本年预算安排", "当年预算安排"),
        .. F(KeywordFamily.Both, [T.TotalIncome, T.TotalExpenditure], "收支总计", "收、支总计", "收支总预算"),

        new("基本支出", [T.BasicExpenditure], QualifierSubject: true),
        new("项目支出", [T.ProjectExpenditure], QualifierSubject: true),
        new("人员经费", [T.PersonnelCost], QualifierSubject: true),
        new("公用经费", [T.OperatingCost], QualifierSubject: true),

        new("三公经费", [T.ThreePublic], Dominant: true),
        .. D(T.OverseasTravel, "因公出国（境）费", "因公出国（境）", "因公出国"),
        new("公务接待费", [T.Reception], SubjectFromPrefix: true, Dominant: true),
        new("公务接待", [T.Reception], SubjectFromPrefix: true, Dominant: true),
        new("接待费", [T.Reception], SubjectFromPrefix: true),
        new("接待支出", [T.Reception], SubjectFromPrefix: true),
        .. D(T.VehicleTotal, "公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置及运行维护"),
        .. D(T.VehiclePurchase, "公务用车购置费", "公务用车购置支出", "公务用车购置", "购置公务用车", "购置车辆"),
        .. D(T.VehicleOperation, "公务用车运行维护费", "公务用车运行维护支出", "公务用车运行维护", "公务用车运行费"),

        .. D(T.AgencyRunningCost, "机关运行经费"),

        new("政府采购货物", [T.GovernmentProcurement], FixedSubject: "货物", Dominant: true),
        new("政府采购工程", [T.GovernmentProcurement], FixedSubject: "工程", Dominant: true),
        new("政府采购服务", [T.GovernmentProcurement], FixedSubject: "服务", Dominant: true),
        new("授予中小企业合同", [T.GovernmentProcurement], FixedSubject: "中小企业", Dominant: true),
        new("授予小微企业合同", [T.GovernmentProcurement], FixedSubject: "小微企业", Dominant: true),
        .. D(T.GovernmentProcurement, "政府采购"),

        new("车辆", [T.Vehicles], CountsOnly: true),
        new("用车", [T.Vehicles], SubjectFromPrefix: true, CountsOnly: true),
        new("公务用车", [T.Vehicles], SubjectFromPrefix: true, CountsOnly: true),
        new("公务用车编制", [T.Vehicles], FixedSubject: "编制", CountsOnly: true),
        new("实有", [T.Vehicles], CountsOnly: true),
        new("保有量", [T.Vehicles], FixedSubject: "公务用车保有量", CountsOnly: true),
        new("设备", [T.LargeEquipment], CountsOnly: true),

        .. K(T.PerformanceProjects, "二级项目", "绩效", "自评", "绩效目标"),
    ];

    /// <summary>The vocabulary in its listed order (the order breaks ties).</summary>
    internal static IReadOnlyList<TopicKeyword> Phrases => All;

    /// <summary>The phrases by their first character: a label is scanned once, not once per phrase.</summary>
    private static readonly Dictionary<char, int[]> ByFirstChar = IndexByFirstChar();

    private static readonly SearchValues<char> FirstChars = SearchValues.Create([.. ByFirstChar.Keys]);

    // A loop, not GroupBy over (char, index) tuples: those were a dozen generic instantiations ReadyToRun cannot hold,
    // JIT-compiled in every process (docs/benchmarks.md, round 11). Keys and indices in the listed order, as before.
    private static Dictionary<char, int[]> IndexByFirstChar()
    {
        var lists = new Dictionary<char, List<int>>();
        for (var i = 0; i < All.Length; i++)
        {
            if (!lists.TryGetValue(All[i].Text[0], out var list))
            {
                lists.Add(All[i].Text[0], list = []);
            }

            list.Add(i);
        }

        var index = new Dictionary<char, int[]>(lists.Count);
        foreach (var (first, list) in lists)
        {
            index.Add(first, [.. list]);
        }

        return index;
    }

    /// <summary>The phrase ending closest to the end of <paramref name="label"/> (longest on a tie), with its start.</summary>
    public static (TopicKeyword Keyword, int Start)? Find(string label)
    {
        // The last occurrence of every phrase, found in one backward pass over the label's phrase-starting characters
        // (what LastIndexOf per phrase gave); then the phrases are weighed in their listed order, as before.
        Span<int> lastAt = stackalloc int[All.Length];
        lastAt.Fill(-1);
        var found = false;
        var span = label.AsSpan();
        for (var end = span.Length; end > 0;)
        {
            var pos = span[..end].LastIndexOfAny(FirstChars);
            if (pos < 0)
            {
                break;
            }

            foreach (var k in ByFirstChar[span[pos]])
            {
                if (lastAt[k] < 0 && span[pos..].StartsWith(All[k].Text, StringComparison.Ordinal))
                {
                    lastAt[k] = pos;
                    found = true;
                }
            }

            end = pos;
        }

        return found ? Pick(lastAt) : null;
    }

    /// <summary>
    /// The phrase ending closest to the end (longest on a tie; a dominant phrase over a bare one), from the last start of
    /// every phrase in listed order (-1 where absent).
    /// </summary>
    internal static (TopicKeyword Keyword, int Start)? Pick(ReadOnlySpan<int> lastAt)
    {
        (TopicKeyword Keyword, int Start)? best = null;
        var bestEnd = -1;
        for (var k = 0; k < All.Length; k++)
        {
            var keyword = All[k];
            var at = lastAt[k];
            if (at < 0)
            {
                continue;
            }

            var end = at + keyword.Text.Length;
            var dominance = (keyword.Dominant ? 1 : 0) - (best is { } current && current.Keyword.Dominant ? 1 : 0);
            if (best is null || dominance > 0
                || (dominance == 0 && (end > bestEnd || (end == bestEnd && keyword.Text.Length > best.Value.Keyword.Text.Length))))
            {
                best = (keyword, at);
                bestEnd = end;
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="label"/> starts (after ordinals and connectives) with a topic phrase.</summary>
    public static bool StartsWithTopic(string label) =>
        Find(label) is { Start: <= 1 } || FunctionClasses.MatchPrefix(label) is not null;

    /// <summary>The topics of a qualified bare phrase.</summary>
    public static string[] Qualify(TopicKeyword keyword, FundQualifier qualifier)
    {
        if (keyword.Family == KeywordFamily.None || qualifier == FundQualifier.None)
        {
            return keyword.Topics;
        }

        var (income, expenditure) = qualifier switch
        {
            FundQualifier.FiscalAppropriation => (T.FiscalAppropriationIncome, T.FiscalAppropriationExpenditure),
            FundQualifier.GeneralBudget => (T.GeneralBudgetIncome, T.GeneralBudgetExpenditure),
            FundQualifier.GovernmentFund => (T.GovernmentFundIncome, T.GovernmentFundExpenditure),
            _ => (T.StateCapitalIncome, T.StateCapitalExpenditure),
        };
        return keyword.Family switch
        {
            KeywordFamily.Income => [income],
            KeywordFamily.Expenditure => [expenditure],
            _ => [income, expenditure],
        };
    }

    /// <summary>The fund a stretch of text names; a specific fund wins over 财政拨款 (一般公共预算财政拨款 is 一般公共预算).</summary>
    public static FundQualifier QualifierIn(string text)
    {
        if (text.Contains("一般公共预算", StringComparison.Ordinal))
        {
            return FundQualifier.GeneralBudget;
        }

        if (text.Contains("政府性基金", StringComparison.Ordinal))
        {
            return FundQualifier.GovernmentFund;
        }

        if (text.Contains("国有资本经营", StringComparison.Ordinal))
        {
            return FundQualifier.StateCapital;
        }

        return text.Contains("财政拨款", StringComparison.Ordinal) ? FundQualifier.FiscalAppropriation : FundQualifier.None;
    }

    /// <summary>The printed name of a fund qualifier, used as a subject.</summary>
    public static string? QualifierName(FundQualifier qualifier) => qualifier switch
    {
        FundQualifier.FiscalAppropriation => "财政拨款",
        FundQualifier.GeneralBudget => "一般公共预算",
        FundQualifier.GovernmentFund => "政府性基金预算",
        FundQualifier.StateCapital => "国有资本经营预算",
        _ => null,
    };

    /// <summary>The topic of a 类/款/项 figure in a paragraph about a given fund.</summary>
    public static string BySubjectTopic(FundQualifier qualifier) => qualifier switch
    {
        FundQualifier.FiscalAppropriation => NarrativeTopics.FiscalAppropriationExpenditure,
        FundQualifier.GovernmentFund => NarrativeTopics.GovernmentFundExpenditure,
        FundQualifier.StateCapital => NarrativeTopics.StateCapitalExpenditure,
        _ => NarrativeTopics.GeneralBudgetExpenditureBySubject,
    };

    private static TopicKeyword[] K(string topic, params string[] texts) => [.. texts.Select(t => new TopicKeyword(t, [topic]))];

    private static TopicKeyword[] D(string topic, params string[] texts) =>
        [.. texts.Select(t => new TopicKeyword(t, [topic], Dominant: true))];

    private static TopicKeyword[] F(KeywordFamily family, string[] topics, params string[] texts) =>
        [.. texts.Select(t => new TopicKeyword(t, topics, family))];
}
