using System.Text.RegularExpressions;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>
/// Identifiers in generated DDL. Table and column names come from the warehouse's own catalog; the one name a user
/// gives (--schema) must be a plain identifier, so nothing from input can change the statement's shape.
/// </summary>
public static partial class SqlIdentifier
{
    public static string ValidateSchema(string schema) =>
        PlainIdentifier().IsMatch(schema) ? schema : throw new ArgumentException($"schema name must be a plain identifier (letters, digits, _), not '{schema}'", nameof(schema));

    public static string Quote(PublishTargetKind kind, string identifier) => kind switch
    {
        PublishTargetKind.PostgreSql => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        _ => "[" + identifier.Replace("]", "]]", StringComparison.Ordinal) + "]",
    };

    public static string Qualified(PublishTargetKind kind, string schema, string table) => $"{Quote(kind, schema)}.{Quote(kind, table)}";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex PlainIdentifier();
}
