using System.Text;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>
/// CREATE statements for a target. Generated rather than kept in .sql files because the tables mirror whatever the
/// warehouse schema holds at publish time; every identifier is quoted and comes from the warehouse catalog.
/// </summary>
public static class DdlGenerator
{
    public static string CreateSchema(PublishTargetKind kind, string schema) => kind switch
    {
        PublishTargetKind.PostgreSql => $"create schema if not exists {SqlIdentifier.Quote(kind, schema)}",
        _ => $"if schema_id(N'{schema}') is null exec(N'create schema {SqlIdentifier.Quote(kind, schema)}')",
    };

    public static string CreateTable(PublishTargetKind kind, string schema, SourceTable table)
    {
        var sql = new StringBuilder();
        sql.Append("create table ").Append(SqlIdentifier.Qualified(kind, schema, table.Name)).Append(" (");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var type = TypeMapping.Map(column.DuckDbType);
            sql.Append(i == 0 ? "\n    " : ",\n    ")
                .Append(SqlIdentifier.Quote(kind, column.Name)).Append(' ')
                .Append(kind == PublishTargetKind.PostgreSql ? type.PostgreSql : type.SqlServer)
                .Append(column.IsNullable ? " null" : " not null");
        }

        return sql.Append("\n)").ToString();
    }

    public static string DropTable(PublishTargetKind kind, string schema, string table) =>
        $"drop table if exists {SqlIdentifier.Qualified(kind, schema, table)}";
}
