using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>The coded rows of a table and, per pair of code lengths, each parent row with its child rows.</summary>
internal sealed class CodeHierarchy
{
    private readonly List<(int Parent, int Child, List<(TableRow Parent, List<TableRow> Children)> Pairs)> _levels = [];

    public CodeHierarchy(ReportTable table)
    {
        foreach (var row in Items.Of(table.Rows))
        {
            if (row.Code is not null)
            {
                Coded.Add(row);
                if (row.Code.Length == 3)
                {
                    Classes.Add(row);
                }
            }
        }
    }

    public List<TableRow> Coded { get; } = [];

    /// <summary>The coded rows of 3 characters (类), in row order.</summary>
    public List<TableRow> Classes { get; } = [];

    /// <summary>Each parent (code of <paramref name="parentLength"/>) that has children, in row order, with its children in row order.</summary>
    public List<(TableRow Parent, List<TableRow> Children)> Level(int parentLength, int childLength)
    {
        foreach (var level in _levels)
        {
            if (level.Parent == parentLength && level.Child == childLength)
            {
                return level.Pairs;
            }
        }

        var pairs = Pairs(parentLength, childLength);
        _levels.Add((parentLength, childLength, pairs));
        return pairs;
    }

    private List<(TableRow Parent, List<TableRow> Children)> Pairs(int parentLength, int childLength)
    {
        // Children by their parent's code (a child of length childLength starts with the parent's code exactly when its
        // first parentLength characters are that code), in row order: one pass instead of a scan of every row per parent.
        var childrenOf = new Dictionary<string, List<TableRow>>(StringComparer.Ordinal);
        // Looked up by the code's prefix as a span: a string of it is made only for a parent not seen yet.
        var byPrefix = childrenOf.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var row in Coded)
        {
            if (row.Code!.Length == childLength)
            {
                var prefix = row.Code.AsSpan(0, parentLength);
                if (!byPrefix.TryGetValue(prefix, out var list))
                {
                    childrenOf[prefix.ToString()] = list = [];
                }

                list.Add(row);
            }
        }

        var pairs = new List<(TableRow Parent, List<TableRow> Children)>();
        if (childrenOf.Count == 0)
        {
            return pairs;
        }

        foreach (var parent in Coded)
        {
            if (parent.Code!.Length == parentLength && childrenOf.TryGetValue(parent.Code, out var children))
            {
                pairs.Add((parent, children));
            }
        }

        return pairs;
    }
}
