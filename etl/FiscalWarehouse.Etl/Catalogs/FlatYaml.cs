using System.Text;

namespace FiscalWarehouse.Etl.Catalogs;

/// <summary>
/// Reads the one shape of YAML the embedded catalogs are written in — a list of flat records whose values are plain or
/// double-quoted scalars or flow lists (<c>[a, b|c]</c>, possibly over several lines) — without reflection: building
/// YamlDotNet's deserializer and its first use took ~45 ms of every process that parses (docs/benchmarks.md, tail5).
/// Anything outside that shape (block scalars, nesting, anchors, single quotes, a null-like or empty value, a key
/// twice) makes <see cref="TryRead"/> return false, and the caller reads the file with YamlDotNet as before: the YAML
/// stays the one source of truth, and this reader can only decline it, never read it differently
/// (<c>FlatYamlTests</c> compares both readers on the embedded files).
/// </summary>
internal static class FlatYaml
{
    /// <summary>
    /// The records of <paramref name="yaml"/>, each bound by <paramref name="bind"/> (null for a key or value it would not
    /// bind as YamlDotNet does); <paramref name="otherwise"/> (YamlDotNet) reads the file when this reader or a binding declines.
    /// </summary>
    public static List<T> ReadOr<T>(string yaml, Func<Dictionary<string, object>, T?> bind, Func<string, List<T>> otherwise)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(otherwise);
        if (!TryRead(yaml, out var records))
        {
            return otherwise(yaml);
        }

        var bound = new List<T>(records.Count);
        foreach (var record in records)
        {
            if (bind(record) is not { } item)
            {
                return otherwise(yaml);
            }

            bound.Add(item);
        }

        return bound;
    }

    /// <summary>A record's values by key: a string, or a list of strings.</summary>
    public static bool TryRead(string yaml, out List<Dictionary<string, object>> records)
    {
        records = [];
        Dictionary<string, object>? record = null;
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var content = line.TrimStart(' ');
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }

            var indent = line.Length - content.Length;
            if (indent == 0 && content.StartsWith("- ", StringComparison.Ordinal))
            {
                record = new Dictionary<string, object>(StringComparer.Ordinal);
                records.Add(record);
                content = content[2..];
            }
            else if (indent != 2 || record is null)
            {
                return false;
            }

            var colon = content.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || !IsKey(content.AsSpan(0, colon)))
            {
                return false;
            }

            var key = content[..colon];
            var rest = content[(colon + 2)..].Trim();
            object? value;
            if (rest.StartsWith('['))
            {
                // A flow list may go on over the following lines, indented deeper than its key.
                var text = new StringBuilder(rest);
                while (!ClosesList(text.ToString()) && i + 1 < lines.Length && lines[i + 1].StartsWith("    ", StringComparison.Ordinal))
                {
                    text.Append(' ').Append(lines[++i].Trim());
                }

                value = ReadList(text.ToString());
            }
            else
            {
                value = ReadScalar(rest, out var end) is { } scalar && IsBlankOrComment(rest.AsSpan(end)) ? scalar : null;
            }

            if (value is null || !record.TryAdd(key, value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ClosesList(string text) => ReadList(text) is not null;

    /// <summary>The items of "[a, "b", c]" followed by nothing but a comment, or null.</summary>
    private static List<string>? ReadList(string text)
    {
        var items = new List<string>();
        var at = 1;
        while (true)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            if (at >= text.Length)
            {
                return null;
            }

            if (text[at] == ']' && items.Count == 0)
            {
                return IsBlankOrComment(text.AsSpan(at + 1)) ? items : null;
            }

            string? item;
            int length;
            if (text[at] == '"')
            {
                item = ReadQuoted(text, at, out var end);
                length = end - at;
            }
            else
            {
                var stop = text.IndexOfAny([',', ']'], at);
                if (stop < 0)
                {
                    return null;
                }

                item = text[at..stop].TrimEnd();
                length = stop - at;
                if (!IsPlain(item))
                {
                    return null;
                }
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
            at += length;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            if (at >= text.Length)
            {
                return null;
            }

            if (text[at] == ']')
            {
                return IsBlankOrComment(text.AsSpan(at + 1)) ? items : null;
            }

            if (text[at] != ',')
            {
                return null;
            }

            at++;
        }
    }

    /// <summary>A plain or double-quoted scalar at the start of <paramref name="text"/>; <paramref name="end"/> is where it stops.</summary>
    private static string? ReadScalar(string text, out int end)
    {
        if (text.StartsWith('"'))
        {
            return ReadQuoted(text, 0, out end);
        }

        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        end = comment < 0 ? text.Length : comment;
        var plain = text[..end].TrimEnd();
        return IsPlain(plain) ? plain : null;
    }

    /// <summary>
    /// A plain scalar YAML reads as this very string: not empty, not null-like, no indicator at its start, no ": " or
    /// " #" inside.
    /// </summary>
    private static bool IsPlain(string text) =>
        text.Length > 0
        && text is not ("~" or "null" or "Null" or "NULL")
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0], StringComparison.Ordinal) < 0
        && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal);

    /// <summary>A double-quoted scalar starting at <paramref name="start"/>, with the escapes the catalogs may use; null for any other escape.</summary>
    private static string? ReadQuoted(string text, int start, out int end)
    {
        var value = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                end = i + 1;
                return value.ToString();
            }

            if (c == '\\')
            {
                if (i + 1 >= text.Length || text[i + 1] is not ('"' or '\\'))
                {
                    break;
                }

                c = text[++i];
            }

            value.Append(c);
        }

        end = text.Length;
        return null;
    }

    /// <summary>Nothing, or a comment after at least one space.</summary>
    private static bool IsBlankOrComment(ReadOnlySpan<char> rest)
    {
        var trimmed = rest.TrimStart(' ');
        return trimmed.IsEmpty || (trimmed[0] == '#' && trimmed.Length < rest.Length);
    }
}
