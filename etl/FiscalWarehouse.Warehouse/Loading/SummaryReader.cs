using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>Reads the summary `fw demo` prints: counts of current reports and findings, and execution rates.</summary>
internal static class SummaryReader
{
    public static WarehouseSummary Read(DuckDBConnection connection)
    {
        int reports, units, tables;
        long facts;
        using (var command = Commands.Create(connection, SqlScripts.Read("queries/summary_counts.sql")))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            reports = Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            units = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            tables = Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
            facts = Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture);
        }

        var findings = new Dictionary<string, int>(StringComparer.Ordinal) { ["error"] = 0, ["warning"] = 0, ["info"] = 0 };
        using (var command = Commands.Create(connection, SqlScripts.Read("queries/summary_findings.sql")))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                findings[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var rates = new List<UnitExecutionRate>();
        using (var command = Commands.Create(connection, SqlScripts.Read("queries/summary_execution_rates.sql")))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                decimal? initial = reader.IsDBNull(2) ? null : reader.GetDecimal(2);
                decimal? final = reader.IsDBNull(3) ? null : reader.GetDecimal(3);
                // The mart's rate is a percent; the summary keeps a fraction, exactly (a decimal shift, no rounding).
                decimal? rate = reader.IsDBNull(4) ? null : reader.GetDecimal(4) / 100m;
                rates.Add(new UnitExecutionRate(reader.GetString(0), reader.IsDBNull(1) ? 0 : reader.GetInt32(1), initial, final, rate,
                    reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
        }

        return new WarehouseSummary(reports, units, tables, facts, findings, rates);
    }
}
