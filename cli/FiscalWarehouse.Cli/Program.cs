using System.Text;
using FiscalWarehouse.Cli.Commands;
using FiscalWarehouse.Etl.Logging;
using Microsoft.Extensions.Logging;

// Chinese output must survive any terminal locale; GB18030 input needs the code-pages provider registered once.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

// Library fallbacks (a PDF page rendered, a batch loaded one by one) are warnings on stderr: stdout stays the output.
using var loggers = LoggerFactory.Create(logging => logging
    .SetMinimumLevel(LogLevel.Warning)
    .AddFilter("Microsoft", LogLevel.Error)
    .AddSimpleConsole(o => o.SingleLine = true)
    .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
LibraryLogging.Use(loggers);

return await CommandTree.Build().RunAsync(args);
