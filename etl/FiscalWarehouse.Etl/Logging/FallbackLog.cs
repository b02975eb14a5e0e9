using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Etl.Logging;

/// <summary>Every place the libraries take a slower or weaker path than planned says so, with the file it was reading.</summary>
public static partial class FallbackLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "{File}: the PDF drawing reader could not read the file ({Reason}); table borders are rendered with pdftoppm instead")]
    public static partial void DrawingUnreadable(ILogger logger, string file, string reason, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "{File}: pages {Pages} have their table borders rendered with pdftoppm ({Reason})")]
    public static partial void PagesRendered(ILogger logger, string file, string pages, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "a batch of {Count} reports failed to load together ({Reason}); loading them one by one")]
    public static partial void BatchLoadedOneByOne(ILogger logger, int count, string reason, Exception exception);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "a load group from file {First} on failed ({Reason}); rolled back, loading its files again a batch per transaction")]
    public static partial void GroupLoadedBatchByBatch(ILogger logger, int first, string reason, Exception exception);
}
