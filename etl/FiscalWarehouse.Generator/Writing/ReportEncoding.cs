using System.Text;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>Turns a document's lines into bytes in the style's encoding and line endings.</summary>
internal static class ReportEncoding
{
    static ReportEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static byte[] Encode(IReadOnlyList<string> lines, ReportStyle style, bool finalNewline = true)
    {
        var text = string.Join(style.CrLf ? "\r\n" : "\n", lines) + (finalNewline ? (style.CrLf ? "\r\n" : "\n") : "");
        return style.Encoding switch
        {
            TextEncoding.Gb18030 => Encoding.GetEncoding("GB18030").GetBytes(text),
            TextEncoding.Utf8Bom => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
    }
}
