using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>The unauthenticated operational surfaces are rate limited per client address and surface, in the envelope.</summary>
public sealed class OperationsRateLimitTests(OperationsRateLimitScenario scenario) : IClassFixture<OperationsRateLimitScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<HttpResponseMessage>> BurstAsync(string path, int count)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < count; i++)
            responses.Add(await scenario.Gateway.Client.GetAsync(path, Ct));
        return responses;
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/metrics")]
    [InlineData("/swagger/opencharge/swagger.json")]
    public async Task A_burst_beyond_the_limit_gets_429_and_other_surfaces_and_the_API_are_unaffected(string path)
    {
        var responses = await BurstAsync(path, 10);
        try
        {
            var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
            Assert.InRange(refused.Count, 10 - 3 - 2, 10 - 3); // at most a couple of tokens come back during the burst
            await refused[0].AssertErrorAsync(HttpStatusCode.TooManyRequests, "TOO_MANY_REQUESTS");
            Assert.True(refused[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));

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
