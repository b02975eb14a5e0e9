using DuckDB.NET.Data;
using FiscalWarehouse.Dashboards.Hosting;
using FiscalWarehouse.Dashboards.Querying;
using FiscalWarehouse.Dashboards.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FiscalWarehouse.Dashboards.Endpoints;

/// <summary>
/// Maps every <see cref="ApiCatalog"/> entry to GET ROUTE (JSON) and GET ROUTE?format=csv (CSV download). Read pages
/// need no token. Unknown query parameters are refused, so a typo never silently shows unfiltered data.
/// </summary>
internal static class ReadEndpoints
{
    public static void MapReadApi(this IEndpointRouteBuilder routes)
    {
        foreach (var endpoint in ApiCatalog.All)
        {
            routes.MapGet(endpoint.Route, (HttpContext context) => AnswerAsync(context, endpoint));
        }

        routes.MapGet("/api", () => Results.Json(ApiCatalog.All.Select(e => new
        {
            route = e.Route,
            title = e.Title,
            sql_file = "sql/api/" + e.Sql + ".sql",
            parameters = e.Parameters.Select(p => new { name = p.Name, description = p.Description, required = e.RequiredParameters.Contains(p) }),
        })));

        // The query inspector: the read-only text of the SQL file behind a card, so an analyst can rerun it with fw sql.
        routes.MapGet("/api/query-text", (string? route) =>
        {
            var endpoint = ApiCatalog.All.FirstOrDefault(e => e.Route == route);
            return endpoint is null
                ? Results.Json(new { error = "未知的接口；可用接口见 /api" }, statusCode: 404)
                : Results.Json(new { route = endpoint.Route, title = endpoint.Title, sql_file = "sql/api/" + endpoint.Sql + ".sql", sql = ApiSql.Get(endpoint.Sql) });
        });
    }

    private static async Task AnswerAsync(HttpContext context, ApiEndpoint endpoint)
    {
        var cancellationToken = context.RequestAborted;
        var query = context.Request.Query;
        var csv = false;
        var fieldHeaders = false;
        int? rowLimit = null;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in endpoint.Parameters)
        {
            parameters[parameter.Name] = null;
        }

        foreach (var (key, values) in query)
        {
            var text = values.ToString();
            if (key == "format")
            {
                if (text is not ("csv" or "json"))
                {
                    await ProblemAsync(context, 400, "format 应为 csv 或 json");
                    return;
                }

                csv = text == "csv";
                continue;
            }

            // CSV headers are Chinese for people (docs/api.md maps them to the field names); scripts ask for the fields.
            if (key == "header")
            {
                if (text is not ("label" or "field"))
                {
                    await ProblemAsync(context, 400, "header 应为 label（中文列名）或 field（字段名）");
                    return;
                }

                fieldHeaders = text == "field";
                continue;
            }

            // A page's first view asks for fewer rows than the server's cap (a detail table of 10,000 reports is
            // megabytes); "truncated" then says there are more, which the page fetches on request.
            if (key == "rows")
            {
                if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked) || asked < 1)
                {
                    await ProblemAsync(context, 400, "rows 应为正整数（最多返回的行数）");
                    return;
                }

                rowLimit = asked;
                continue;
            }

            var parameter = endpoint.Parameters.FirstOrDefault(p => p.Name == key);
            if (parameter is null)
            {
                await ProblemAsync(context, 400, $"未知参数“{key}”；{endpoint.Route} 接受的参数见 /api");
                return;
            }

            if (text.Length == 0)
            {
                continue;
            }

            try
            {
                parameters[parameter.Name] = parameter.Parse(text);
            }
            catch (FormatException e)
            {
                await ProblemAsync(context, 400, $"{key}: {e.Message}");
                return;
            }
        }

        var missing = endpoint.RequiredParameters.FirstOrDefault(p => parameters[p.Name] is null);
        if (missing is not null)
        {
            await ProblemAsync(context, 400, $"缺少参数 {missing.Name}（{missing.Description}）");
            return;
        }

        var services = context.RequestServices;
        var store = services.GetRequiredService<SnapshotStore>();
        using var lease = store.Lease();
        if (lease is null)
        {
            await ProblemAsync(context, 503, $"还没有数据仓库 {Path.GetFileName(store.Source)}：请先加载报告（fw load 路径）");
            return;
        }

        var cache = services.GetRequiredService<AnswerCache>();
        var answerKey = AnswerKey(lease.SnapshotPath, endpoint, parameters, csv, fieldHeaders, rowLimit);
        context.Response.Headers.CacheControl = "no-store";
        if (cache.TryGet(answerKey, out var cached))
        {
            await WriteAsync(context, cached, cancellationToken);
            return;
        }

        ApiTable table;
        try
        {
            var maxRows = Math.Min(rowLimit ?? int.MaxValue, services.GetRequiredService<IOptions<DashboardsOptions>>().Value.MaxRows);
            table = services.GetRequiredService<FindingText>().Translate(SnapshotQuery.Run(lease.Connection, endpoint.Sql, parameters, maxRows, cancellationToken));
        }
        catch (DuckDBException e)
        {
            // Typically a mart or ledger table this warehouse does not have yet (an older schema, no worker): say so
            // instead of pretending the answer is empty.
            Log.QueryFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger("FiscalWarehouse.Dashboards.Api"), endpoint.Route, e.Message);
            await ProblemAsync(context, 503, $"{endpoint.Title}：这个数据仓库暂无此数据（{FirstLine(e.Message)}）");
            return;
        }

        using var body = new MemoryStream();
        AnswerCache.CachedAnswer answer;
        if (csv)
        {
            var labels = fieldHeaders ? null : services.GetRequiredService<ColumnLabels>();
            await TableWriter.WriteCsvAsync(body, table, labels, cancellationToken);
            answer = new AnswerCache.CachedAnswer(body.ToArray(), "text/csv; charset=utf-8", $"attachment; filename=\"{endpoint.FileName}\"");
        }
        else
        {
            await TableWriter.WriteJsonAsync(body, endpoint, table, lease.TakenAt, cancellationToken);
            answer = new AnswerCache.CachedAnswer(body.ToArray(), "application/json; charset=utf-8", null);
        }

        cache.Add(answerKey, answer);
        await WriteAsync(context, answer, cancellationToken);
    }

    private static Task WriteAsync(HttpContext context, AnswerCache.CachedAnswer answer, CancellationToken cancellationToken)
    {
        context.Response.ContentType = answer.ContentType;
        if (answer.ContentDisposition is not null)
        {
            context.Response.Headers.ContentDisposition = answer.ContentDisposition;
        }

        return context.Response.Body.WriteAsync(answer.Body, cancellationToken).AsTask();
    }

    /// <summary>The snapshot copy and every validated value of the request: two requests with the same key get the same bytes.</summary>
    private static string AnswerKey(string snapshot, ApiEndpoint endpoint, Dictionary<string, object?> parameters, bool csv, bool fieldHeaders, int? rowLimit)
    {
        var key = new System.Text.StringBuilder(snapshot).Append('\n').Append(endpoint.Route)
            .Append(csv ? "\ncsv" : "\njson").Append(fieldHeaders ? " field" : "").Append("\nrows=").Append(rowLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var parameter in endpoint.Parameters)
        {
            key.Append('\n').Append(parameter.Name).Append('=').Append(Convert.ToString(parameters[parameter.Name], System.Globalization.CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    internal static Task ProblemAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = message }, context.RequestAborted);
    }
}
