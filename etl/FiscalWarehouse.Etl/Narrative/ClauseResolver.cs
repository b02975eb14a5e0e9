using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// Decides what one number is about from its clause, the sentence so far, the paragraph and an open list. The words
/// right before a number win; a clause that does not name anything (<c>增长1.71%</c>, <c>占比89.43%</c>) takes what the
/// previous clause was about; a clause that names an unknown item under a known topic (<c>津贴补贴8.57万元</c>) becomes a
/// sub-item (Subject) of that topic, never a topic of its own.
/// </summary>
internal sealed partial class ClauseResolver(FunctionCodeIndex codes)
{
    /// <summary>The 类 named last (by a heading or a path): a later 款/项 path printed without its 类 is under it.</summary>
    public string? CurrentClass { get; set; }

    /// <summary>
    /// The display path and code of a printed name path. A path without its 类 goes under <see cref="CurrentClass"/>
    /// when the tables have it there, else under the one class whose tables print these names; unplaced, it keeps its
    /// printed names and no code, so it is never taken for a total.
    /// </summary>
    public (string Subject, string? Code) Place((IReadOnlyList<string> Names, string? PrintedCode, bool HasClass) path)
    {
        if (path.HasClass)
        {
            CurrentClass = path.Names[0];
            return (SubjectPath.Display(path.Names), path.PrintedCode ?? codes.Resolve(path.Names));
        }

        var classCode = CurrentClass is { } current ? codes.Resolve([current]) : null;
        var code = (classCode is null ? null : codes.ResolveSections(classCode, path.Names)) ?? codes.ResolveSections(null, path.Names);
        if (code is null)
        {
            return (SubjectPath.Display(path.Names), null);
        }

        var className = string.Equals(code[..3], classCode, StringComparison.Ordinal) ? CurrentClass! : codes.NameOf(code[..3]) ?? FunctionClasses.NameOf(code[..3]) ?? code[..3];
        return (SubjectPath.Display([className, .. path.Names]), code);
    }

    public (FigureContext Context, string AfterTopic, bool IsGrade)? Resolve(
        ClauseText clause, NumberToken token, ParagraphState paragraph, SentenceState sentence, FigureContext? list)
    {
        var label = clause.Label;
        if (token.Unit == AmountUnit.Count && GradeOf(clause.Trailing) is { } grade)
        {
            return (new FigureContext([NarrativeTopics.PerformanceProjects], grade, null, FundQualifier.None), "", true);
        }

        var qualifier = paragraph.Qualifier != FundQualifier.None ? paragraph.Qualifier : list?.Qualifier ?? FundQualifier.None;
        if (SubjectPath.Find(label) is { } path)
        {
            var topic = TopicKeywords.BySubjectTopic(Or(TopicKeywords.QualifierIn(label), qualifier));
            var (subject, code) = Place(path);
            return (new FigureContext([topic], subject, code, qualifier), AfterLastMarker(label), false);
        }

        var head = LabelText.Head(LabelText.WithoutLevelMarkers(label));
        if (FunctionClasses.MatchPrefix(head) is { } cls)
        {
            var name = head[..cls.Length];
            var code = codes.Resolve([name]) ?? cls.Code;
            CurrentClass = name;
            return (new FigureContext([TopicKeywords.BySubjectTopic(qualifier)], name, code, qualifier), head[cls.Length..], false);
        }

        // The item name is read only where it is used: a clause that names its topic (most do) never needs it.
        var previous = sentence.Previous;
        if (previous is not null && (sentence.InIncludes || IsPerformance(previous) && token.Unit != AmountUnit.Count))
        {
            var part = LabelText.ItemName(label);
            var named = IsMeaningful(part);
            return (previous with { Subject = named ? part : previous.Subject, SubjectCode = named ? null : previous.SubjectCode }, "", false);
        }

        if (FindKeyword(clause, token) is { } hit)
        {
            // 购置车辆0辆，其中：执法执勤用车0辆 (Shanghai PDF): the vehicle types of a purchase are purchases.
            if (sentence.InBreakdown && sentence.Main is { } purchase && purchase.Topics.SequenceEqual([NarrativeTopics.VehiclePurchase])
                && hit.Keyword.Topics.SequenceEqual([NarrativeTopics.Vehicles]))
            {
                return (purchase with { Subject = LabelText.ItemName(label) }, "", false);
            }

            return (FromKeyword(hit.Keyword, hit.Scope, hit.Start, label, paragraph, qualifier), AfterKeyword(label, hit), false);
        }

        var item = LabelText.ItemName(label);
        return Inherit(clause, item, IsMeaningful(item), paragraph, sentence, list) is { } inherited ? (inherited, label, false) : null;
    }

    private FigureContext? Inherit(ClauseText clause, string item, bool meaningful, ParagraphState paragraph, SentenceState sentence, FigureContext? list)
    {
        if (sentence.LostTrack)
        {
            return null;
        }

        // In a 其中 list, a carry-over is the whole's; a change is the whole's once the list has returned to it
        // (seed 002, line 390), and the part's when it follows the part (财政拨款收入…，比2025年预算增加…).
        if (sentence.InBreakdown && sentence.Main is { } main && ChangeOrCarryover().IsMatch(clause.Label)
            && (clause.Label.Contains("结转", StringComparison.Ordinal) || ReferenceEquals(sentence.Previous, main)))
        {
            return main;
        }

        if (sentence.Previous is { } previous)
        {
            return meaningful ? previous with { Subject = item, SubjectCode = null } : previous;
        }

        if (paragraph.Subject is { } subject)
        {
            return subject;
        }

        if (TopicKeywords.Find(clause.SentencePrefix) is { } before)
        {
            var context = FromKeyword(before.Keyword, clause.SentencePrefix, before.Start, clause.SentencePrefix, paragraph,
                paragraph.Qualifier);
            return meaningful ? context with { Subject = item } : context;
        }

        var breakdownOf = clause.SentenceStartsWithWhereof ? paragraph.BreakdownParent ?? paragraph.Last : null;
        foreach (var parent in new[] { breakdownOf, paragraph.Includes, list })
        {
            if (parent is not null && meaningful)
            {
                return parent with { Subject = item, SubjectCode = null };
            }
        }

        // A bare 上年结转 / 占6.74% after a list of parts is about the whole the list broke down.
        return !meaningful ? paragraph.Includes ?? paragraph.Last ?? list : null;
    }

    private static (TopicKeyword Keyword, string Scope, int Start)? FindKeyword(ClauseText clause, NumberToken token)
    {
        var scope = ShareScope(clause.Label);
        if (TopicKeywords.Find(scope) is { } hit)
        {
            return (hit.Keyword, scope, hit.Start);
        }

        // 7个项目支出绩效自评中 (seed 003, line 610): a count names what it counts after the number.
        if (token.Unit == AmountUnit.Count && TopicKeywords.Find(clause.Trailing) is { } after)
        {
            return (after.Keyword, "", 0);
        }

        return null;
    }

    private static FigureContext FromKeyword(TopicKeyword keyword, string scope, int start, string label, ParagraphState paragraph, FundQualifier qualifier)
    {
        var before = scope.Length >= start ? scope[..start] : "";
        var own = TopicKeywords.QualifierIn(before);
        if (!paragraph.QualifierDecided)
        {
            paragraph.Qualifier = TopicKeywords.QualifierIn(scope.Length >= start + keyword.Text.Length ? scope[..(start + keyword.Text.Length)] : "");
            paragraph.QualifierDecided = true;
            qualifier = paragraph.Qualifier;
        }

        // The item before the phrase is read only by the phrases that take a subject from it.
        string? prefixItem = null;
        var subject = keyword.FixedSubject
            ?? (keyword.SubjectFromPrefix && PrefixItem().Length > 0 ? LabelText.ItemName(label) : null)
            ?? (keyword.QualifierSubject ? TopicKeywords.QualifierName(own) ?? (PrefixItem().Length > 1 ? LabelText.ItemName(label) : null) : null)
            ?? EquipmentThreshold(keyword, label);
        return new FigureContext(TopicKeywords.Qualify(keyword, Or(own, qualifier)), subject, null, Or(own, qualifier));

        string PrefixItem() => prefixItem ??= LabelText.ItemName(before);
    }

    /// <summary>设备 counts name their price threshold (价值50万元以上, 100万元以上: seed 004, line 1203).</summary>
    private static string? EquipmentThreshold(TopicKeyword keyword, string label)
    {
        if (!keyword.Topics.Contains(NarrativeTopics.LargeEquipment))
        {
            return null;
        }

        var match = Threshold().Match(label);
        var purchase = label.Contains("购置", StringComparison.Ordinal) ? "购置" : "";
        return match.Success ? purchase + match.Groups[1].Value + "万元以上" : null;
    }

    private static string AfterKeyword(string label, (TopicKeyword Keyword, string Scope, int Start) hit)
    {
        if (hit.Scope.Length == 0)
        {
            return label;
        }

        var end = hit.Start + hit.Keyword.Text.Length;
        return end <= label.Length ? label[end..] : "";
    }

    /// <summary>In <c>占政府采购支出总额的51.22%</c> the words after 占 name the whole, not the part (seed 003, line 588).</summary>
    private static string ShareScope(string label)
    {
        var at = label.IndexOf('占', StringComparison.Ordinal);
        return at >= 0 ? label[..at] : label;
    }

    private static bool IsPerformance(FigureContext context) =>
        context.Topics.Length == 1 && context.Topics[0] == NarrativeTopics.PerformanceProjects;

    /// <summary>An item name is what is left once measure words are gone (上年结转, 决算数占比, 比2022年增加 name nothing).</summary>
    private static bool IsMeaningful(string item)
    {
        if (item.StartsWith('占'))
        {
            return false;
        }

        // The rest is only measured and compared: written into a stack buffer, not made a string.
        Span<char> buffer = item.Length <= 256 ? stackalloc char[item.Length] : new char[item.Length];
        ReadOnlySpan<char> rest = buffer[..MeasureWords.Remove(item, buffer)];
        return rest.Length >= 2 && rest is not ("收入" or "支出" or "项目" or "资金" or "金额");
    }

    private static string? GradeOf(string trailing)
    {
        if (!trailing.StartsWith("项目", StringComparison.Ordinal))
        {
            return null;
        }

        var at = trailing.IndexOf("等级为", StringComparison.Ordinal);
        if (at < 0 || at > 12 || at + 3 >= trailing.Length)
        {
            return null;
        }

        var grade = trailing[at + 3];
        return grade is '优' or '良' or '中' or '差' ? grade.ToString() : null;
    }

    private static FundQualifier Or(FundQualifier first, FundQualifier second) => first != FundQualifier.None ? first : second;

    private static string AfterLastMarker(string label)
    {
        var at = label.LastIndexOf('）');
        return at >= 0 ? label[(at + 1)..] : label;
    }

    [GeneratedRegex("增加|减少|增长|下降|降低|结转")]
    private static partial Regex ChangeOrCarryover();

    [GeneratedRegex(@"(\d+)万元")]
    private static partial Regex Threshold();
}
