using System.Data.Common;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>The reads both publish targets make of their own database, whatever its ADO.NET provider.</summary>
internal static class TargetReads
{
    /// <summary>The first column of every row the command returns.</summary>
    public static async Task<List<T>> FirstColumnAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(read(reader));
        }

        return values;
    }
}
