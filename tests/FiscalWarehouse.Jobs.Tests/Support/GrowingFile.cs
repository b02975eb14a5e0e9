using System.Text;

namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>A careless uploader: appends to a file in place until told to stop.</summary>
internal static class GrowingFile
{
    public static async Task AppendUntilCancelledAsync(string path, TimeSpan every, CancellationToken stop, IReadOnlyList<string>? lines = null)
    {
        var index = 0;
        await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        while (!stop.IsCancellationRequested)
        {
            var line = lines is null ? $"line {index}\n" : lines[index % lines.Count] + "\n";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(line), CancellationToken.None);
            await stream.FlushAsync(CancellationToken.None);
            index++;
            if (lines is not null && index >= lines.Count)
            {
                return;
            }

            try
            {
                await Task.Delay(every, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
