using System.Security.Cryptography;

namespace FiscalWarehouse.Etl;

public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256: the content identity used for idempotent loads.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
