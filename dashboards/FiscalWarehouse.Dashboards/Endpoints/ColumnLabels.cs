using System.Text.Json;
using FiscalWarehouse.Dashboards.Assets;

namespace FiscalWarehouse.Dashboards.Endpoints;

/// <summary>
/// The Chinese name of every API column, read from the pages' own wwwroot/labels.json so the tables on screen and the
/// CSV headers can never disagree. A column without a label keeps its field name (a test keeps that list empty).
/// </summary>
internal sealed class ColumnLabels
{
    private readonly Dictionary<string, string> columns;

    public ColumnLabels(EmbeddedAssets assets)
    {
        columns = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!assets.TryGet("/labels.json", out var asset))
        {
            return;
        }

        using var document = JsonDocument.Parse(asset.Bytes);
        foreach (var property in document.RootElement.GetProperty("columns").EnumerateObject())
        {
            columns[property.Name] = property.Value.GetString() ?? property.Name;
        }
    }

    public IReadOnlyDictionary<string, string> Columns => columns;

    public string Header(string column) => columns.GetValueOrDefault(column, column);
}
