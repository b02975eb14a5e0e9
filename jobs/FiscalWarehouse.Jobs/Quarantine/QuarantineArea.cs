using System.Text.Encodings.Web;
using System.Text.Json;

namespace FiscalWarehouse.Jobs.Quarantine;

/// <summary>Moves a bad file out of the way with a <c>FILE.reason.json</c> beside it, so an operator sees why.</summary>
public sealed class QuarantineArea
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public QuarantineArea(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary>Moves <paramref name="path"/> into quarantine and writes its reason; returns the new path.</summary>
    public string Move(string path, QuarantineReason reason)
    {
        Directory.CreateDirectory(Root);
        var target = FileMoves.FreeName(Root, Path.GetFileName(path), reason.FileId);
        // The reason goes first: a file in quarantine without its reason would be a mystery to the operator.
        var reasonPath = target + ".reason.json";
        File.WriteAllText(reasonPath + ".tmp", JsonSerializer.Serialize(reason, Json));
        File.Move(reasonPath + ".tmp", reasonPath, overwrite: true);
        File.Move(path, target);
        return target;
    }

    public static QuarantineReason? ReadReason(string quarantinedFile)
    {
        var path = quarantinedFile + ".reason.json";
        return File.Exists(path) ? JsonSerializer.Deserialize<QuarantineReason>(File.ReadAllText(path), Json) : null;
    }
}
