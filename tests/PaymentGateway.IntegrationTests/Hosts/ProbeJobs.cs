using System.Collections.Concurrent;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>Jobs a test gives Hangfire to find out when its schedulers run; they run in this process (the in-process hosts).</summary>
public static class ProbeJobs
{
    private static readonly ConcurrentDictionary<string, DateTimeOffset> FirstRuns = new();

    /// <summary>Notes the first time <paramref name="key"/> ran.</summary>
    public static void Record(string key) => FirstRuns.TryAdd(key, DateTimeOffset.UtcNow);

    public static DateTimeOffset? FirstRun(string key) => FirstRuns.TryGetValue(key, out var at) ? at : null;
}
