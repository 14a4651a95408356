namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>Polls for background work (outbox relay, Hangfire jobs) instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await probe();
            if (done(value))
                return value;
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"Not reached in time: {because ?? "condition"}; last value: {value}");
            await Task.Delay(100);
        }
    }
}
