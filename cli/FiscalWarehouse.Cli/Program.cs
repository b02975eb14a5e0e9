using System.Text;
using FiscalWarehouse.Cli.Commands;

// Chinese output must survive any terminal locale; GB18030 input needs the code-pages provider registered once.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

return await CommandTree.Build().RunAsync(args);
