using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>Chooses the job storage: in memory (one process) or PostgreSQL (several workers share one queue).</summary>
public static class HangfireStorageSetup
{
    public const string InMemory = "inmemory";
    public const string Postgres = "postgres";

    public static bool IsPostgres(JobsOptions options) =>
        string.Equals(options.Storage, Postgres, StringComparison.OrdinalIgnoreCase)
        || string.Equals(options.Storage, "postgresql", StringComparison.OrdinalIgnoreCase);

    public static void Validate(JobsOptions options)
    {
        if (IsPostgres(options))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException("Jobs:Storage is postgres but Jobs:ConnectionString (FW_Jobs__ConnectionString) is empty");
            }
        }
        else if (!string.Equals(options.Storage, InMemory, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Jobs:Storage must be inmemory or postgres, not '{options.Storage}'");
        }
    }

    public static IGlobalConfiguration UseConfiguredStorage(this IGlobalConfiguration configuration, JobsOptions options)
    {
        Validate(options);
        if (!IsPostgres(options))
        {
            return configuration.UseInMemoryStorage(new InMemoryStorageOptions());
        }

        return configuration.UsePostgreSqlStorage(
            bootstrapper => bootstrapper.UseNpgsqlConnection(options.ConnectionString!),
            new PostgreSqlStorageOptions
            {
                SchemaName = options.PostgresSchema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(1),
                // A job fetched by a worker that then died becomes visible again this long after its last heartbeat.
                UseSlidingInvisibilityTimeout = true,
                InvisibilityTimeout = TimeSpan.FromMinutes(2),
                // Lock rows of a killed worker expire after this; the loader's own lock is an OS lock, not one of these.
                DistributedLockTimeout = TimeSpan.FromMinutes(1),
            });
    }

    /// <summary>The storage for one-off clients (`fw jobs trigger`); only PostgreSQL is reachable from another process.</summary>
    public static JobStorage ClientStorage(JobsOptions options) =>
        IsPostgres(options)
            ? new PostgreSqlStorage(new NpgsqlConnectionFactory(options.ConnectionString!, new PostgreSqlStorageOptions { SchemaName = options.PostgresSchema, PrepareSchemaIfNecessary = true }))
            : throw new InvalidOperationException("the in-memory job storage lives inside the worker; use a trigger file instead");
}
