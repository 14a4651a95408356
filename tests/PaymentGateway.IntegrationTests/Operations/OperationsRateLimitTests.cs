using System.Diagnostics;
using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>The unauthenticated operational surfaces are rate limited per client address and surface, in the envelope.</summary>
public sealed class OperationsRateLimitTests(OperationsRateLimitScenario scenario) : IClassFixture<OperationsRateLimitScenario>
{
    /// <summary>Far more than the burst plus what comes back while a loaded machine answers them one by one.</summary>
    private const int MaxRequests = 50;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Requests one after another until the first 429. The bucket refills while they are answered, one token a second
    /// (continuously), so how many get through depends on how long the answers take: a cold swagger document or a
    /// readiness evaluation on a busy machine takes seconds. Returns the answers and how long the burst took.
    /// </summary>
    private async Task<(List<HttpResponseMessage> Responses, TimeSpan Elapsed)> BurstUntilRefusedAsync(string path)
    {
        var responses = new List<HttpResponseMessage>();
        var clock = Stopwatch.StartNew();
        while (responses.Count < MaxRequests && responses.LastOrDefault()?.StatusCode != HttpStatusCode.TooManyRequests)
            responses.Add(await scenario.Gateway.Client.GetAsync(path, Ct));
        return (responses, clock.Elapsed);
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/metrics")]
    [InlineData("/swagger/opencharge/swagger.json")]
    public async Task A_burst_beyond_the_limit_gets_429_and_other_surfaces_and_the_API_are_unaffected(string path)
    {
        var (responses, elapsed) = await BurstUntilRefusedAsync(path);
        try
        {
            var refused = responses[^1];
            Assert.True(refused.StatusCode == HttpStatusCode.TooManyRequests, $"no 429 in {responses.Count} requests over {elapsed}");
            // The burst, plus what refilled while the accepted requests were answered (one more for the refill's granularity).
            var accepted = responses.Count - 1;
            var allowed = OperationsRateLimitScenario.Burst + (int)Math.Ceiling(elapsed.TotalSeconds * OperationsRateLimitScenario.PermitsPerSecond) + 1;
            Assert.True(accepted <= allowed, $"{accepted} requests accepted in {elapsed}; the limit allows {allowed}");
            await refused.AssertErrorAsync(HttpStatusCode.TooManyRequests, "TOO_MANY_REQUESTS");
            Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));

            using var live = await scenario.Gateway.Client.GetAsync("/health/live", Ct);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            await (await scenario.CreateCheckoutAsync()).AssertOkJsonAsync();
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
    }
}
