using System.Data.Common;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>
/// A target connection string: its kind (Host= → PostgreSQL, Server= / Data Source= → SQL Server) and a redacted form
/// for logs and the ledger, so a password never leaves the process.
/// </summary>
public sealed class PublishConnectionString
{
    private static readonly string[] SecretKeys = ["password", "pwd", "passfile", "sslpassword", "access token", "accesstoken"];

    private PublishConnectionString(string value, PublishTargetKind kind, string redacted)
    {
        Value = value;
        Kind = kind;
        Redacted = redacted;
    }

    public string Value { get; }

    public PublishTargetKind Kind { get; }

    /// <summary>The connection string with secrets replaced by ***: safe to print and to record.</summary>
    public string Redacted { get; }

    public static PublishConnectionString Parse(string connectionString)
    {
        DbConnectionStringBuilder builder;
        try
        {
            builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"not a connection string: {e.Message}", nameof(connectionString), e);
        }

        var kind = builder.ContainsKey("host") ? PublishTargetKind.PostgreSql
            : builder.ContainsKey("server") || builder.ContainsKey("data source") ? PublishTargetKind.SqlServer
            : throw new ArgumentException("the target kind is not clear: a PostgreSQL connection string has Host=, a SQL Server one has Server=", nameof(connectionString));

        var redacted = new DbConnectionStringBuilder();
        foreach (string key in builder.Keys)
        {
            redacted[key] = SecretKeys.Contains(key, StringComparer.OrdinalIgnoreCase) ? "***" : builder[key];
        }

        return new PublishConnectionString(connectionString, kind, redacted.ConnectionString);
    }

    public override string ToString() => Redacted;
}
