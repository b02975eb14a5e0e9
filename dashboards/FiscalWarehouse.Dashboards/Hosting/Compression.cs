using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalWarehouse.Dashboards.Hosting;

/// <summary>
/// Brotli (else gzip) for pages, scripts, JSON and CSV: echarts.min.js is 1.1 MB raw and about 330 KB compressed,
/// which is what a phone on a slow link waits for.
/// </summary>
internal static class Compression
{
    public static IServiceCollection AddDashboardsCompression(this IServiceCollection services)
    {
        // What AddResponseCompression registers, spelled out (the extension is not visible from this project's references).
        services.AddSingleton<IResponseCompressionProvider, ResponseCompressionProvider>();
        services.Configure<ResponseCompressionOptions>(options =>
        {
            // Answers carry no secrets mixed with attacker-controlled text in one body, so BREACH does not apply;
            // the dashboards are usually behind TLS termination anyway.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv", "application/json"]);
        });
        // Fastest keeps a 5,000-row answer cheap on the server; the ratio is nearly the same for text.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
