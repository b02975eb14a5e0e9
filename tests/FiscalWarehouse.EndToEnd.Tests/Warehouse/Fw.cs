using System.Diagnostics;

namespace FiscalWarehouse.EndToEnd.Tests.Warehouse;

/// <summary>Runs the real `./fw` from the repository root, as a user would, and captures what it prints.</summary>
public static class Fw
{
    public static string Root { get; } = FindRoot();

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static Result Run(params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(Root, "fw"))
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["FW_PLAIN"] = "1";
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>`fw sql --format csv` → the first value of the first row.</summary>
    public static string Scalar(string db, string sql)
    {
        var result = Run("sql", "--db", db, "--format", "csv", sql);
        Assert.True(result.ExitCode == 0, $"fw sql failed: {result.Error}");
        return result.Lines[1];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FiscalWarehouse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root not found");
    }
}
