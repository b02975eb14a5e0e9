using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// The printed keys (<see cref="TextKey.Of"/>) of a line's cells, computed once per line: the form readers and the
/// segmenter ask the same line several questions (is it a 资金 header, a 分值/得分 header, a 指标值 header, a total, where
/// is its unit…), and each question used to key every cell again. Recent lines are remembered per thread, keyed by
/// their cell list (a line rebuilt with other cells — page furniture blanked — is keyed anew).
/// </summary>
internal static class CellKeys
{
    // Readers look back and forth over a few lines at most; 64 slots by line number hold a whole form block.
    private const int Slots = 64;

    [ThreadStatic]
    private static Entry?[]? _recent;

    /// <summary>
    /// A line's keys, each computed when first asked for (a form line's first key and the cells that can hold a header
    /// word are asked for on every line; all of them only on some), and one classification a reader may keep beside
    /// them (-1 until set).
    /// </summary>
    public sealed class Entry(IReadOnlyList<string> cells)
    {
        // Most lines are asked for one key only (the first cell's, by the form readers' per-line checks): it is kept in
        // a slot of its own, and the array for every cell is allocated when a second cell is keyed.
        private string?[]? _keys;
        private int _oneIndex = -1;
        private string? _one;
        private bool _complete;

        public IReadOnlyList<string> Cells { get; } = cells;

        public int Kind { get; set; } = -1;

        /// <summary>The key of cell <paramref name="index"/>.</summary>
        public string KeyAt(int index)
        {
            if (index == _oneIndex)
            {
                return _one!;
            }

            if (_keys is null)
            {
                if (_oneIndex < 0)
                {
                    _one = TextKey.Of(Cells[index]);
                    _oneIndex = index;
                    return _one;
                }

                _keys = new string?[Cells.Count];
                _keys[_oneIndex] = _one;
            }

            return _keys[index] ??= TextKey.Of(Cells[index]);
        }

        /// <summary>Every cell's key.</summary>
        public string[] Keys
        {
            get
            {
                if (!_complete)
                {
                    if (_keys is null)
                    {
                        _keys = Cells.Count == 0 ? [] : new string?[Cells.Count];
                        if (_oneIndex >= 0)
                        {
                            _keys[_oneIndex] = _one;
                        }
                    }

                    for (var i = 0; i < _keys.Length; i++)
                    {
                        _keys[i] ??= TextKey.Of(Cells[i]);
                    }

                    _complete = true;
                }

                return _keys!;
            }
        }
    }

    public static IReadOnlyList<string> Of(SourceLine line) => EntryOf(line).Keys;

    public static Entry EntryOf(SourceLine line)
    {
        var recent = _recent ??= new Entry?[Slots];
        ref var slot = ref recent[line.Number & (Slots - 1)];
        if (slot is not null && ReferenceEquals(slot.Cells, line.Cells))
        {
            return slot;
        }

        slot = new Entry(line.Cells);
        return slot;
    }

    /// <summary>The key of the first cell that is not blank, or "" (a row's label, a form line's field name).</summary>
    public static string First(SourceLine line)
    {
        var cells = Items.Of(line.Cells);
        for (var i = 0; i < cells.Length; i++)
        {
            if (!Model.Text.BlankText.IsBlank(cells[i]))
            {
                return EntryOf(line).KeyAt(i);
            }
        }

        return "";
    }
}
