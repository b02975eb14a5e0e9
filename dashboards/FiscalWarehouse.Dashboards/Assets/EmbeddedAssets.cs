using System.Collections.Frozen;
using System.Security.Cryptography;

namespace FiscalWarehouse.Dashboards.Assets;

/// <summary>
/// The pages, scripts and styles embedded in this assembly (LogicalName "wwwroot/PATH"), read once at start. Serving
/// from the assembly means `fw serve` needs no content root and works from any build output.
/// </summary>
internal sealed class EmbeddedAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
        [".png"] = "image/png",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, Asset> assets;

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var found = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var path = "/" + name[Prefix.Length..].Replace('\\', '/');
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            found[path] = new Asset(bytes, type, "\"" + Convert.ToHexString(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"");
        }

        assets = found.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public bool HasCharts => assets.ContainsKey("/lib/echarts.min.js");

    public IEnumerable<string> Paths => assets.Keys;

    public bool TryGet(string path, out Asset asset) => assets.TryGetValue(path, out asset!);

    internal sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
