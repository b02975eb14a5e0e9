using Microsoft.AspNetCore.Http;

namespace FiscalWarehouse.Dashboards.Hosting;

/// <summary>
/// Refuses with 400 a request whose query parameters carry control characters (issue 21: q=%00 answered the unfiltered
/// unit list). No parameter of the API means anything with one, and a NUL cut short what DuckDB compared.
/// </summary>
internal static class ControlCharacterGuard
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (HasControl(name) || values.Any(v => v is not null && HasControl(v)))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new { error = $"parameter '{Printable(name)}' contains a control character" }, context.RequestAborted);
                return;
            }
        }

        await next(context);
    }

    private static bool HasControl(string text) => text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') >= 0 || text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') >= 0;

    private static string Printable(string name) => new([.. name.Select(c => char.IsControl(c) ? '?' : c)]);
}
