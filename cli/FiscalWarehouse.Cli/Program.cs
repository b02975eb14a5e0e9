using System.Text;
using FiscalWarehouse.Cli;
using FiscalWarehouse.Cli.Commands;
using FiscalWarehouse.Etl.Logging;
using Microsoft.Extensions.Logging;

StartupTimeline.Mark("main");

// Chinese output must survive any terminal locale; GB18030 input needs the code-pages provider registered once.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

// pdftotext on a load's first PDFs before the command line is parsed (pdf6): a cheap scan of the raw arguments.
EarlyWordsPrefetch.Begin(args);

// The verbs that parse documents need the parser (its catalogs take ~0.1 s to read): built on a worker thread while
// the command line is parsed.
if (args.Length > 0 && args[0] is "load" or "extract" or "validate" or "coverage")
{
    _ = Task.Run(() => CliServices.Parser);
}

// Library fallbacks (a PDF page rendered, a batch loaded one by one) are warnings on stderr: stdout stays the output.
// Built only when something logs; disposed at the end so queued messages are written.
var loggers = new Lazy<ILoggerFactory>(() => LoggerFactory.Create(logging => logging
    .SetMinimumLevel(LogLevel.Warning)
    .AddFilter("Microsoft", LogLevel.Error)
    .AddSimpleConsole(o => o.SingleLine = true)
    .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)));
LibraryLogging.Use(loggers);
try
{
    return await CommandTree.Build().RunAsync(args);
}
finally
{
    if (loggers.IsValueCreated)
    {
        loggers.Value.Dispose();
    }
}
