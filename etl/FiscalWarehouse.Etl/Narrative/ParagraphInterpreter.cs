using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// Reads the figures of one paragraph after another, carrying what a figure is about from clause to clause (a clause
/// such as <c>增长1.71%</c> is about the total named before it) and from a list's introduction to its items
/// (<c>…其中：</c> then <c>上级补助收入0万元</c>, seed 000, lines 398–400).
/// </summary>
internal sealed class ParagraphInterpreter
{
    private static readonly HashSet<string> CountTopics =
        [NarrativeTopics.Vehicles, NarrativeTopics.VehiclePurchase, NarrativeTopics.LargeEquipment, NarrativeTopics.PerformanceProjects];

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。；;！!？?");

    private static readonly string[] NegativeWords = ["减少", "下降", "降低", "节约", "降幅"];

    private readonly DocumentProfile _profile;
    private readonly FunctionCodeIndex _codes;
    private readonly ClauseResolver _resolver;
    private readonly string _file;
    private FigureContext? _list;

    public ParagraphInterpreter(DocumentProfile profile, FunctionCodeIndex codes, string file)
    {
        _profile = profile;
        _codes = codes;
        _resolver = new ClauseResolver(codes);
        _file = file;
    }

    public void Read(ProseParagraph paragraph, List<NarrativeFigure> figures)
    {
        var text = paragraph.Text;
        if (ProseReader.IsHeading(text))
        {
            _list = null;
            return;
        }

        var state = new ParagraphState(ProseMarkup.NormalizeWidth(text));
        // The sentences in a loop, not an iterator: one state machine per paragraph and an interface call per sentence saved.
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // The next sentence end by a vectorized search, not a lookup per character.
            var next = text.AsSpan(i).IndexOfAny(SentenceEnds);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (i > start)
            {
                Sentence(start, i);
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            Sentence(start, text.Length);
        }

        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith('：') || trimmed.EndsWith(':'))
        {
            _list = state.Last ?? _list;
        }

        void Sentence(int start, int end)
        {
            ReadSentence(paragraph, state, start, end, figures);
            state.InBreakdown = end < text.Length && text[end] is '；' or ';'
                && (state.InBreakdown || state.Normalized.AsSpan(start, end - start).Contains("其中", StringComparison.Ordinal));
        }
    }

    private void ReadSentence(ProseParagraph paragraph, ParagraphState paragraphState, int start, int end, List<NarrativeFigure> figures)
    {
        var normalized = paragraphState.Normalized[start..end];
        string? sentenceText = null;
        var tokens = NumberScanner.Scan(normalized);
        // A sentence with figures reads its normalized form only for a leading 其中.
        var normalizedLabel = tokens.Count == 0 || MayOpenWithWhereof(normalized) ? LabelText.Normalize(normalized) : "";
        if (tokens.Count == 0 && SubjectPath.Find(normalizedLabel) is { } headPath)
        {
            var (subject, code) = _resolver.Place(headPath);
            paragraphState.Subject = new FigureContext(
                [TopicKeywords.BySubjectTopic(paragraphState.Qualifier != FundQualifier.None ? paragraphState.Qualifier : _list?.Qualifier ?? FundQualifier.None)],
                subject, code, FundQualifier.None);
        }
        else if (tokens.Count == 0 && SubjectPath.ClassOf(normalizedLabel) is { } heading)
        {
            // （一）一般公共服务支出（类） alone: the items listed after it are of this class.
            _resolver.CurrentClass = heading;
        }

        var sentence = new SentenceState();
        var opensWithWhereof = normalizedLabel.StartsWith("其中", StringComparison.Ordinal);
        if (opensWithWhereof)
        {
            paragraphState.BreakdownParent = paragraphState.Last;
        }

        var whereof = paragraphState.InBreakdown || opensWithWhereof;
        var boundary = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var gap = normalized.AsSpan(boundary, token.Start - boundary);
            sentence.InReason |= gap.Contains("原因", StringComparison.Ordinal);
            if (sentence.Main is not null && gap.Contains("其中", StringComparison.Ordinal))
            {
                sentence.InBreakdown = true;
                paragraphState.BreakdownParent = sentence.Previous;
            }
            if (gap.Contains("包括", StringComparison.Ordinal) && !sentence.InIncludes)
            {
                sentence.InIncludes = true;
                paragraphState.Includes ??= sentence.Previous;
            }

            var labelStart = ClauseStart(normalized, boundary, token.Start);
            var clause = new ClauseText(LabelText.Normalize(normalized[labelStart..token.Start]), normalized, labelStart, token.End, whereof);
            boundary = token.End;

            if (sentence.InReason)
            {
                if (!TopicKeywords.StartsWithTopic(LabelText.Head(LabelText.WithoutLevelMarkers(clause.Label))))
                {
                    continue;
                }

                sentence.InReason = false;
            }

            if (_resolver.Resolve(clause, token, paragraphState, sentence, _list) is not { } resolved
                || MeasureRules.Classify(clause.Label, resolved.AfterTopic, token.Unit, _profile.Phase, _profile.Year) is not { } measure
                || !Admits(resolved.Context, token))
            {
                sentence.LostTrack = true;
                continue;
            }

            var context = resolved.Context;
            if (!resolved.IsGrade)
            {
                sentence.Main ??= context;
                sentence.Previous = context;
                paragraphState.Last = context;
            }

            var printed = Printed(paragraph.Text, start + labelStart, start + token.Start, start + token.End, measure.Sign);
            var source = paragraph.RefAt(start + token.Start, _file);
            sentenceText ??= paragraph.Text[start..end].Trim();
            foreach (var topic in context.Topics)
            {
                figures.Add(new NarrativeFigure(topic, measure.Measure, context.Subject, token.Value * measure.Sign,
                    token.Unit, printed, sentenceText, source) { SubjectCode = context.SubjectCode });
            }
        }
    }

    /// <summary>Counts only for things that are counted; money never for vehicles or equipment; scores only for 绩效.</summary>
    private static bool Admits(FigureContext context, NumberToken token)
    {
        if (context.Topics.Length == 0)
        {
            return false;
        }

        // Loops over the one or two topics, not Any/All with delegates: asked of every figure.
        var countedOnly = false;
        var allCounted = true;
        var allPerformance = true;
        foreach (var t in context.Topics)
        {
            countedOnly |= t is NarrativeTopics.Vehicles or NarrativeTopics.LargeEquipment;
            allCounted &= CountTopics.Contains(t);
            allPerformance &= t == NarrativeTopics.PerformanceProjects;
        }

        return token.Unit switch
        {
            AmountUnit.Count => allCounted,
            AmountUnit.Score => allPerformance,
            _ => !countedOnly,
        };
    }

    /// <summary>
    /// Whether the normalized sentence may start with 其中: its first kept character is 其, or a parenthesis that opens an
    /// aside normalizing may remove; any other first character stays first.
    /// </summary>
    private static bool MayOpenWithWhereof(string sentence)
    {
        foreach (var c in sentence)
        {
            if (!FiscalWarehouse.Model.Text.PrintedKey.IsDropped(c))
            {
                return c is '其' or '（' or '(';
            }
        }

        return false;
    }

    /// <summary>The start of the clause a number is in: after the last separator since the previous number.</summary>
    private static int ClauseStart(string sentence, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            var c = sentence[i];
            if (c is '，' or ',' or '：' or ':' or '；' or ';')
            {
                return i + 1;
            }

            // 收、支总计 is one phrase; elsewhere 、 separates list items.
            if (c == '、' && !(i > 0 && sentence[i - 1] == '收' && i + 1 < sentence.Length && sentence[i + 1] == '支'))
            {
                return i + 1;
            }
        }

        return from;
    }

    /// <summary>The printed text of a figure: the number and unit, with the direction word when the value is signed by it.</summary>
    private static string Printed(string text, int labelStart, int numberStart, int numberEnd, int sign)
    {
        if (sign >= 0)
        {
            return text[numberStart..numberEnd];
        }

        var label = text[labelStart..numberStart];
        foreach (var word in NegativeWords)
        {
            var at = label.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                return text[(labelStart + at)..numberEnd];
            }
        }

        return text[numberStart..numberEnd];
    }
}
