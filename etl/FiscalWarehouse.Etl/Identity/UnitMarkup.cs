using System.Net;
using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Identity;

/// <summary>
/// A unit name as text: HTML tags and character entities removed (`&lt;b&gt;XX局&lt;/b&gt;`, `XX&amp;nbsp;局`), so that the
/// same unit read from txt, HTML, PDF and XLSX gives one key. Decoding runs before and after tag removal because an
/// escaped tag (`&amp;lt;b&amp;gt;`) only becomes a tag once decoded.
/// </summary>
public static partial class UnitMarkup
{
    public static string Strip(string name)
    {
        if (name.IndexOfAny(['<', '&']) < 0)
        {
            return name;
        }

        var text = name;
        for (var pass = 0; pass < 3 && text.IndexOfAny(['<', '&']) >= 0; pass++)
        {
            text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        }

        return Tag().Replace(text, "").Replace('\u00A0', ' ').Trim();
    }

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z!][^<>]{0,200}>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();
}
