using System.Text;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Normalizes printed names so that the same unit (or subject) printed with full-width letters, stray spaces or other
/// bracket styles is one key: NFKC folds full-width forms and （） to half width, whitespace goes, 【】〔〕［］ become ().
/// </summary>
public static class UnitNames
{
    public static string Normalize(string printed)
    {
        var folded = printed.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b' || c == '\ufeff')
            {
                continue;
            }

            builder.Append(c switch
            {
                '【' or '〔' or '［' or '[' => '(',
                '】' or '〕' or '］' or ']' => ')',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
