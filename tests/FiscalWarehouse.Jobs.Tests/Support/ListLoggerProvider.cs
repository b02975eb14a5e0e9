using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>Keeps every log line of an in-process worker, scopes included, for assertions and failure messages.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public override string ToString() => string.Join(Environment.NewLine, Lines);

    private sealed class ListLogger(ListLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
            owner.Lines.Enqueue($"{logLevel} {category}[{eventId.Id}] {string.Join(' ', scopes)} {formatter(state, exception)}{(exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message)}");
        }
    }
}
