using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Dashboards;

/// <summary>Dashboards log messages (event ids 4xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Read snapshot of {Source} taken at {Copy}")]
    public static partial void SnapshotTaken(ILogger logger, string source, string copy);

    [LoggerMessage(4002, LogLevel.Warning, "Read snapshot of {Source} failed, keeping the previous one: {Reason}")]
    public static partial void SnapshotFailed(ILogger logger, string source, string reason);

    [LoggerMessage(4003, LogLevel.Warning, "API {Endpoint} failed: {Reason}")]
    public static partial void QueryFailed(ILogger logger, string endpoint, string reason);

    [LoggerMessage(4004, LogLevel.Warning, "Admin action {Action} refused: {Reason}")]
    public static partial void AdminRefused(ILogger logger, string action, string reason);

    [LoggerMessage(4006, LogLevel.Warning, "Marts of snapshot {Copy} stay views (slower pages): {Reason}")]
    public static partial void MaterializeFailed(ILogger logger, string copy, string reason);

    [LoggerMessage(4005, LogLevel.Information, "Dashboards listening on {Urls}, reading {Source}")]
    public static partial void Listening(ILogger logger, string urls, string source);
}
