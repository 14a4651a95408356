using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace PaymentGateway.Host;

/// <summary>
/// Hangfire's log provider is process-wide while each host has its own logger factory. When one of several hosts in a
/// process stops (integration tests), Hangfire may still ask the stopped host's factory for a logger while fetching a
/// job for another host; the ObjectDisposedException then strands that job as fetched-but-never-run. Here a
/// disposed factory just means no Hangfire log line. With one host per process (production) nothing changes.
/// </summary>
internal sealed class DisposalTolerantLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static readonly SilentLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
