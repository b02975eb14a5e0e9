using System.Security.Cryptography;
using System.Text;
using FiscalWarehouse.Etl;

namespace FiscalWarehouse.Jobs.Inbox;

/// <summary>Ids derived from content, so a re-run of the same file after a crash lands in the same place.</summary>
public static class FileIdentity
{
    /// <summary>SHA-256 of the file's bytes, the same hash the warehouse uses for idempotent loads.</summary>
    public static string ContentHashOf(string path) => ContentHash.Of(File.ReadAllBytes(path));

    /// <summary>The file id: 16 hex digits of SHA-256(relative path, content hash).</summary>
    public static string FileIdOf(string relativePath, string contentHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(relativePath + "\n" + contentHash)))[..16];
}
