namespace FiscalWarehouse.Dashboards.Endpoints;

/// <summary>One read API: a route, the embedded query it runs (sql/api/SQL.sql) and the filters it accepts.</summary>
internal sealed record ApiEndpoint(string Route, string Sql, string Title, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<ApiParameter>? Required = null)
{
    public IReadOnlyList<ApiParameter> RequiredParameters => Required ?? [];

    /// <summary>The CSV file name offered for download (ASCII, from the route).</summary>
    public string FileName => Route["/api/".Length..].Replace('/', '-') + ".csv";
}
