using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FiscalWarehouse.Etl.Logging;

/// <summary>
/// The loggers of the ETL and warehouse libraries. Their readers are built without a container (one shared
/// <see cref="Reading.BinaryDocumentReaders"/> list, static helpers), so each host hands its logger factory here once
/// at start; until then nothing is logged.
/// </summary>
public static class LibraryLogging
{
    private static Lazy<ILoggerFactory> factory = new(() => NullLoggerFactory.Instance);

    public static void Use(ILoggerFactory loggerFactory) => factory = new Lazy<ILoggerFactory>(() => loggerFactory);

    /// <summary>
    /// A factory built on first use: the libraries log only fallbacks, so most CLI runs never build the console
    /// logger (options, dependency injection, a queue thread: ~50 ms of a one-file load's start).
    /// </summary>
    public static void Use(Lazy<ILoggerFactory> loggerFactory) => factory = loggerFactory;

    public static ILogger For(string category) => factory.Value.CreateLogger(category);
}
