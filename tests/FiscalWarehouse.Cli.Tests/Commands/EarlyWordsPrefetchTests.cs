using FiscalWarehouse.Cli.Commands;

namespace FiscalWarehouse.Cli.Tests.Commands;

/// <summary>
/// `fw load` starts pdftotext from the raw arguments before System.CommandLine parses them: the scan must find exactly
/// the paths the parser will find, or find nothing (the command then starts the prefetch itself).
/// </summary>
public sealed class EarlyWordsPrefetchTests
{
    [Theory]
    [InlineData(new[] { "load", "a.pdf", "dir" }, new[] { "a.pdf", "dir" })]
    [InlineData(new[] { "load", "--db", "w.duckdb", "a.pdf", "--year", "2026", "--kind", "部门", "--phase", "预算", "--unit", "某局", "b.pdf" }, new[] { "a.pdf", "b.pdf" })]
    [InlineData(new[] { "load", "--accept", "held.pdf", "a.pdf" }, new[] { "a.pdf" })]
    public void Paths_SkipEveryOptionValue(string[] args, string[] expected) =>
        Assert.Equal(expected, EarlyWordsPrefetch.Paths(args));

    [Theory]
    [InlineData("load")]
    [InlineData("load --db w.duckdb")]
    [InlineData("load a.pdf --db")]
    [InlineData("load a.pdf --help")]
    [InlineData("load --db=w.duckdb a.pdf")]
    [InlineData("load @arguments.rsp")]
    [InlineData("load -- -odd-name.pdf")]
    public void Paths_GiveUpWhenUnsure(string commandLine) =>
        Assert.Null(EarlyWordsPrefetch.Paths(commandLine.Split(' ')));

    [Fact]
    public void ValueOptions_AreExactlyTheLoadCommandsOptionsThatTakeAValue()
    {
        // An option added to `fw load` later must be added to the scan too, or its value would be taken for a path.
        var command = LoadCommand.Create();
        var takingValues = command.Options.Where(o => o.Arity.MaximumNumberOfValues > 0).SelectMany(o => o.Aliases.Prepend(o.Name)).Order(StringComparer.Ordinal);
        Assert.Equal(takingValues, EarlyWordsPrefetch.ValueOptions.Order(StringComparer.Ordinal));
    }
}
