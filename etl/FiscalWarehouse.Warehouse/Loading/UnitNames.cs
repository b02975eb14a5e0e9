using System.Text;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Normalizes printed names so that the same unit (or subject) printed with full-width letters, stray spaces or other
/// bracket styles is one key: the name key of printed text (<see cref="PrintedKey.Name"/>) after NFKC, which
/// also folds the compatibility forms a name can carry (① → 1, ㈠ → (一), compatibility ideographs).
/// HTML tags and entities go first (`&lt;b&gt;XX局&lt;/b&gt;`, `&amp;nbsp;`), so a unit read from HTML is the unit read from text.
/// </summary>
public static class UnitNames
{
    public static string Normalize(string printed)
    {
        // The loader normalizes every cell's row label: most are plain ideographs and ASCII, which NFKC leaves alone.
        return IsAlreadyNormal(printed) ? printed : Fold(printed);
    }

    /// <summary>The full normalization, without the shortcut (tests check the shortcut against it).</summary>
    internal static string Fold(string printed)
    {
        return PrintedKey.Name(UnitMarkup.Strip(printed).Normalize(NormalizationForm.FormKC));
    }

    private static bool IsAlreadyNormal(string text)
    {
        foreach (var c in text)
        {
            var plainAscii = c is > ' ' and < '\u007f' and not '[' and not ']' and not '<' and not '&';
            var ideograph = c is >= '\u4e00' and <= '\u9fff';
            if (!plainAscii && !ideograph && c is not '、' and not '。')
            {
                return false;
            }
        }

        return true;
    }
}
