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
    private static ILoggerFactory factory = NullLoggerFactory.Instance;

    public static void Use(ILoggerFactory loggerFactory) => factory = loggerFactory;

    public static ILogger For(string category) => factory.CreateLogger(category);
}
