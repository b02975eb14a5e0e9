using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalWarehouse.Dashboards.Assets;

/// <summary>Serves <see cref="EmbeddedAssets"/>: "/" is the 总览 page; anything not embedded is 404.</summary>
internal static class AssetEndpoints
{
    public static void MapAssets(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", (HttpContext context) => ServeAsync(context, "/index.html"));
        routes.MapGet("/{**path}", (HttpContext context, string path) => ServeAsync(context, "/" + path));
    }

    private static async Task ServeAsync(HttpContext context, string path)
    {
        var assets = context.RequestServices.GetRequiredService<EmbeddedAssets>();
        if (!assets.TryGet(path, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.Headers.ETag = asset.ETag;

        // The chart library never changes within a build: cache it for a day. Pages, scripts and labels change with
        // the build, so the browser revalidates them (a cheap 304 through the ETag).
        context.Response.Headers.CacheControl = path.StartsWith("/lib/", StringComparison.Ordinal) ? "public, max-age=86400" : "no-cache";
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        await context.Response.Body.WriteAsync(asset.Bytes, context.RequestAborted);
    }
}
