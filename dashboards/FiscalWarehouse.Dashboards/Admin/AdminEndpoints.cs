using FiscalWarehouse.Dashboards.Snapshots;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Dashboards.Admin;

/// <summary>Admin actions: all need the token (<see cref="AdminToken"/>); read pages never do.</summary>
internal static class AdminEndpoints
{
    public static void MapAdmin(this WebApplication app)
    {
        var token = app.Services.GetRequiredService<AdminToken>();
        var group = app.MapGroup("/api/admin").AddEndpointFilter(async (context, next) =>
        {
            if (!token.IsAuthorized(context.HttpContext))
            {
                Refuse(context.HttpContext, token);
                return Results.Json(new { error = token.Enabled ? "admin token required" : "admin actions are disabled: set Dashboards:AdminToken" }, statusCode: token.Enabled ? 401 : 403);
            }

            return await next(context);
        });

        group.MapPost("/load", (HttpContext context) =>
        {
            var trigger = context.RequestServices.GetService<ILoadTrigger>();
            if (trigger is null)
            {
                return Results.Json(new { error = "no loader configured: set Dashboards:InboxPath or run fw worker" }, statusCode: 503);
            }

            var result = trigger.Trigger();
            return Results.Json(new { started = result.Started, message = result.Message }, statusCode: result.Started ? 202 : 409);
        });

        group.MapPost("/refresh-snapshot", async (HttpContext context) =>
        {
            var store = context.RequestServices.GetRequiredService<SnapshotStore>();
            await store.RefreshNowAsync(context.RequestAborted);
            return Results.Json(new { snapshot_taken_at = store.TakenAt });
        });

        if (app.Services.GetService<JobStorage>() is { } storage)
        {
            app.UseHangfireDashboard("/admin/hangfire", new DashboardOptions
            {
                Authorization = [new TokenDashboardAuthorization(token)],
                DisplayStorageConnectionString = false,
                AppPath = "/quality.html",
            }, storage);
        }
    }

    private static void Refuse(HttpContext context, AdminToken token) =>
        Log.AdminRefused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FiscalWarehouse.Dashboards.Admin"), context.Request.Path, token.Enabled ? "missing or wrong token" : "no token configured");

    /// <summary>Lets a browser in after one visit with ?token=, by setting an HttpOnly, same-site cookie.</summary>
    private sealed class TokenDashboardAuthorization(AdminToken token) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (!token.IsAuthorized(http, browserPage: true))
            {
                Refuse(http, token);
                return false;
            }

            if (http.Request.Query["token"].ToString() is { Length: > 0 } presented && token.Matches(presented))
            {
                http.Response.Cookies.Append(AdminToken.Cookie, presented, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/admin" });
            }

            return true;
        }
    }
}
