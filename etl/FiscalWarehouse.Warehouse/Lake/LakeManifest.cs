using System.Text.Json;
using System.Text.Json.Serialization;

namespace FiscalWarehouse.Warehouse.Lake;

/// <summary>manifest.json of a lake: what was exported, how many rows, and the SHA-256 of every file.</summary>
public sealed record LakeManifest(int Format, int SchemaVersion, DateTime ExportedAtUtc, IReadOnlyList<LakeTable> Tables)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static LakeManifest Read(string directory)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no {FileName} in {directory}: not a lake written by fw export", path);
        }

        return JsonSerializer.Deserialize<LakeManifest>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty");
    }

    public void Write(string directory) => File.WriteAllText(System.IO.Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Json));
}

/// <param name="Kind">table (core, imported back), mart or view (a fact family over fact_cell): views, exported for lake readers, rebuilt on import.</param>
/// <param name="AmountYuanSum">Σ amount_yuan as an exact decimal string, for tables that have the column.</param>
public sealed record LakeTable(string Name, string Kind, IReadOnlyList<string> PartitionBy, long Rows, string? AmountYuanSum,
    IReadOnlyList<LakeColumn> Columns, IReadOnlyList<LakeFile> Files);

public sealed record LakeColumn(string Name, string Type);

/// <param name="Path">Relative to the lake folder, with '/' separators.</param>
public sealed record LakeFile(string Path, long Bytes, string Sha256);
