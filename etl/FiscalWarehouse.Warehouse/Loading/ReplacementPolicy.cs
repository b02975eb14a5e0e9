using System.Globalization;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// A new version of a report becomes current only if it is at least as good as the current one: no error rule the
/// current version does not raise, no truncation it does not have, not markedly fewer facts (under
/// <see cref="FactShare"/> of them) and not fewer tables. Otherwise, inside the load transaction, the current version
/// stays current and the new one is held (report_hold, a report.held finding naming what is worse) until
/// <c>fw load --accept FILE</c> promotes it. A truncated or half-uploaded copy therefore never silently replaces a good report.
/// </summary>
internal static class ReplacementPolicy
{
    /// <summary>A replacement with fewer than this share of the current version's facts is "markedly fewer".</summary>
    public const double FactShare = 0.9;

    /// <summary>Holds the worse replacements among versions <paramref name="first"/>…<paramref name="last"/>; returns held version → reason.</summary>
    public static Dictionary<long, string> HoldWorse(DuckDBConnection connection, long first, long last, DateTime now)
    {
        var held = new Dictionary<long, string>();
        var candidates = new List<Candidate>();
        using (var command = Commands.Create(connection, SqlScripts.Read("queries/hold_candidates.sql"), ("first", first), ("last", last)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var reasons = new List<string>();
                var (facts, oldFacts) = (reader.GetInt64(2), reader.GetInt64(3));
                var (tables, oldTables) = (reader.GetInt64(4), reader.GetInt64(5));
                if (!reader.IsDBNull(6))
                {
                    reasons.Add($"new error findings the current version does not have: {reader.GetString(6)}");
                }

                if (reader.GetBoolean(7))
                {
                    reasons.Add("a table is truncated (table.truncated) and the current version's is not");
                }

                if (facts < oldFacts * FactShare)
                {
                    reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{facts} facts where the current version has {oldFacts}"));
                }

                if (tables < oldTables)
                {
                    reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{tables} tables where the current version has {oldTables}"));
                }

                if (reasons.Count > 0)
                {
                    var old = reader.GetInt64(1);
                    candidates.Add(new Candidate(reader.GetInt64(0), old, string.Create(CultureInfo.InvariantCulture,
                        $"worse than current version {old}: {string.Join("; ", reasons)}; the current version stays (promote with fw load --accept FILE)"), reader.GetString(8)));
                }
            }
        }

        foreach (var (rv, old, reason, file) in candidates)
        {
            Execute(connection, "queries/hold_version.sql", ("held", rv), ("current", old), ("reason", reason), ("now", now), ("file", file));
            held[rv] = reason;
        }

        return held;
    }

    // A record, not a value tuple: a list of tuples is JIT-compiled in every load (docs/benchmarks.md, round 11).
    private sealed record Candidate(long Rv, long Old, string Reason, string File);

    /// <summary>Makes <paramref name="version"/> the current version of its report (fw load --accept).</summary>
    public static void Promote(DuckDBConnection connection, long version, DateTime now) =>
        Execute(connection, "queries/promote_version.sql", ("promoted", version), ("now", now));

    /// <summary>Runs a script statement by statement, binding to each only the parameters it names.</summary>
    private static void Execute(DuckDBConnection connection, string script, params (string Name, object? Value)[] parameters)
    {
        foreach (var statement in SqlScripts.Read(script).Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var sql = string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim().TrimEnd(';');
            if (sql.Length == 0)
            {
                continue;
            }

            Commands.Execute(connection, sql, [.. parameters.Where(p => sql.Contains("$" + p.Name, StringComparison.Ordinal))]);
        }
    }
}
