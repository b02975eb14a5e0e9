namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Numbers a report's distinct row or cell descriptions from 1 in order of first use, so cell_value stores a number
/// where fact_cell repeated the description (migration 0061).
/// </summary>
internal sealed class DescriptionNumbers<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _numbers = [];
    private readonly List<T> _entries = [];

    /// <summary>The descriptions in number order: entry i has number i + 1.</summary>
    public IReadOnlyList<T> Entries => _entries;

    public int Number(T description)
    {
        if (!_numbers.TryGetValue(description, out var number))
        {
            _entries.Add(description);
            number = _entries.Count;
            _numbers.Add(description, number);
        }

        return number;
    }
}
