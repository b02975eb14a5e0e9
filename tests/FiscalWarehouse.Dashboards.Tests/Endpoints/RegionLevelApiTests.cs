using System.Text.Json;
using DuckDB.NET.Data;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

/// <summary>
/// The by-region answers group one level below the region filter (province → prefecture → county), so a chart shows
/// the regions under the one chosen and a click on one goes a level down; the children add up to their parent.
/// </summary>
public sealed class RegionLevelApiTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    private readonly HttpClient client = server.Client;

    [Theory]
    [InlineData("/api/execution-rate/by-region")]
    [InlineData("/api/three-public/by-region")]
    public async Task EachLevel_IsTheChildrenOfTheFilter_AndAddsUpToIt(string route)
    {
        var provinces = await Api.RowsAsync(client, route);
        Assert.NotEmpty(provinces);
        Assert.All(Coded(provinces), r => Assert.Matches(@"^\d{2}0000$", Code(r)));
        var province = Coded(provinces).MaxBy(r => r.GetProperty("units").GetInt32());

        var prefectures = await Api.RowsAsync(client, route + "?region=" + Code(province));
        Assert.All(prefectures, r => Assert.Matches("^" + Code(province)[..2] + @"\d{2}00$", Code(r)));
        Assert.Equal(province.GetProperty("units").GetInt32(), prefectures.Sum(r => r.GetProperty("units").GetInt32()));
        var prefecture = prefectures.MaxBy(r => r.GetProperty("units").GetInt32());

        var counties = await Api.RowsAsync(client, route + "?region=" + Code(prefecture));
        Assert.All(counties, r => Assert.StartsWith(Code(prefecture)[..4], Code(r), StringComparison.Ordinal));
        Assert.Equal(prefecture.GetProperty("units").GetInt32(), counties.Sum(r => r.GetProperty("units").GetInt32()));
        var county = counties.MaxBy(r => r.GetProperty("units").GetInt32());

        // A county shows itself alone, under its own full name.
        var alone = Assert.Single(await Api.RowsAsync(client, route + "?region=" + Code(county)));
        Assert.Equal(Code(county), Code(alone));
        Assert.Equal(county.GetProperty("region_name").GetString(), alone.GetProperty("region_name").GetString());
        Assert.StartsWith(province.GetProperty("region_name").GetString()!, county.GetProperty("region_name").GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("130184", null, "130000", "河北省")]
    [InlineData("130184", "13", "130100", "河北省石家庄市")]
    [InlineData("130184", "1301", "130184", "河北省石家庄市新乐市")]
    [InlineData("130184", "130184", "130184", "河北省石家庄市新乐市")]
    // A province's own departments under the province filter, a prefecture's own units under the prefecture filter.
    [InlineData("130000", "13", "130000", "河北省（本级）")]
    [InlineData("130100", "1301", "130100", "河北省石家庄市（本级）")]
    [InlineData("4401", null, "4401", "4401")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "the repository's own SQL file, no input")]
    public void Macro_GroupsByTheLevelBelowThePrefix(string code, string? prefix, string group, string name)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(Path.Combine(RepoPaths.Root, "sql", "core", "fw_region_below.sql"));
        command.ExecuteNonQuery();
        command.CommandText = "select fw_region_below($code, cast($prefix as varchar)), fw_region_below_name(fw_region_below($code, cast($prefix as varchar)), $name, cast($prefix as varchar))";
        command.Parameters.Add(new DuckDBParameter("code", code));
        command.Parameters.Add(new DuckDBParameter("prefix", (object?)prefix ?? DBNull.Value));
        command.Parameters.Add(new DuckDBParameter("name", name.Replace("（本级）", "", StringComparison.Ordinal)));
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(group, reader.GetString(0));
        Assert.Equal(name, reader.GetString(1));
    }

    private static IEnumerable<JsonElement> Coded(JsonElement[] rows) => rows.Where(r => r.GetProperty("region_code").ValueKind == JsonValueKind.String);

    private static string Code(JsonElement row) => row.GetProperty("region_code").GetString()!;
}
