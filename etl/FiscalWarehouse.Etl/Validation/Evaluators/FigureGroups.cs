using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>
/// Narrative figures grouped by the line or the sentence they were printed in (with their topic and subject): groups in
/// order of first appearance, figures in document order, as <c>Enumerable.GroupBy</c> would give them. The keys are a
/// class, not a value tuple: GroupBy, its lookup and the lists over tuple keys were ~150 generic instantiations that
/// ReadyToRun cannot hold, JIT-compiled in every `fw` process that validated a report (docs/benchmarks.md, round 11);
/// a dictionary of class keys runs on the framework's shared, precompiled code.
/// </summary>
internal static class FigureGroups
{
    /// <summary>The figures of one key, in document order.</summary>
    internal sealed class Group(Key key)
    {
        public Key Key { get; } = key;

        public List<NarrativeFigure> Figures { get; } = [];
    }

    /// <summary>
    /// A line (<see cref="Line"/> ≥ 0, no sentence) or a sentence (<see cref="Line"/> = −1) with the figure's topic and
    /// subject; equal when every part is equal, strings compared ordinally.
    /// </summary>
    internal sealed class Key(int line, string? sentence, string topic, string? subject) : IEquatable<Key>
    {
        public int Line { get; } = line;

        public string? Sentence { get; } = sentence;

        public string Topic { get; } = topic;

        public string? Subject { get; } = subject;

        public bool Equals(Key? other) =>
            other is not null && Line == other.Line && string.Equals(Sentence, other.Sentence, StringComparison.Ordinal)
            && string.Equals(Topic, other.Topic, StringComparison.Ordinal) && string.Equals(Subject, other.Subject, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as Key);

        // A sentence runs to hundreds of characters where its length and ends tell most apart: hashed without reading it whole.
        public override int GetHashCode()
        {
            var sentence = Sentence ?? "";
            var ends = sentence.Length == 0 ? 0 : (sentence[0] << 16) | sentence[^1];
            unchecked
            {
                var hash = Line;
                hash = (hash * 31) + sentence.Length;
                hash = (hash * 31) + ends;
                hash = (hash * 31) + (Topic is null ? 0 : StringComparer.Ordinal.GetHashCode(Topic));
                return (hash * 31) + (Subject is null ? 0 : StringComparer.Ordinal.GetHashCode(Subject));
            }
        }
    }

    public static Key ByLine(NarrativeFigure figure) => new(figure.Source.Line, null, figure.Topic, figure.Subject);

    public static Key BySentence(NarrativeFigure figure) => new(-1, figure.Sentence, figure.Topic, figure.Subject);

    public static List<Group> Of(IReadOnlyList<NarrativeFigure> figures, Func<NarrativeFigure, Key> keyOf) => Of(figures, keyOf, null);

    /// <summary>
    /// The groups of <see cref="Of(IReadOnlyList{NarrativeFigure}, Func{NarrativeFigure, Key})"/> that hold a
    /// <paramref name="measure"/> figure with a value, in the same order. A rule comparing such a figure has nothing to
    /// compare in any other group, and most reports state few changes or rates: the other figures are not grouped.
    /// </summary>
    public static List<Group> Holding(IReadOnlyList<NarrativeFigure> figures, Func<NarrativeFigure, Key> keyOf, string measure)
    {
        HashSet<Key>? holding = null;
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Measure == measure && figures[i].Value is not null)
            {
                (holding ??= []).Add(keyOf(figures[i]));
            }
        }

        return holding is null ? [] : Of(figures, keyOf, holding);
    }

    private static List<Group> Of(IReadOnlyList<NarrativeFigure> figures, Func<NarrativeFigure, Key> keyOf, HashSet<Key>? only)
    {
        var groups = new List<Group>();
        var byKey = new Dictionary<Key, Group>();
        for (var i = 0; i < figures.Count; i++)
        {
            var key = keyOf(figures[i]);
            if (only is not null && !only.Contains(key))
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var group))
            {
                group = new Group(key);
                byKey.Add(key, group);
                groups.Add(group);
            }

            group.Figures.Add(figures[i]);
        }

        return groups;
    }
}
