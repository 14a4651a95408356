using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>Password guessing from one address is cut off after a few failures (429), before any password check.</summary>
public sealed class SignInThrottleTests(SignInThrottleScenario scenario) : IClassFixture<SignInThrottleScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> GetAsync(string path, string user, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return scenario.Gateway.Client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task After_the_limit_of_failed_sign_ins_the_address_gets_429_even_with_the_right_password()
    {
        using (var ok = await GetAsync("/operator/sessions", "admin", SignInThrottleScenario.AdminPassword))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        for (var guess = 1; guess <= 3; guess++)
        {
            using var wrong = await GetAsync("/operator/sessions", guess == 2 ? "nobody" : "admin", $"guess-{guess}");
            await wrong.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        }
        // Successful sign-ins do not count; failures do, wherever they are made (the dashboard shares the sign-in).
        using (var limited = await GetAsync("/operator/sessions", "admin", "guess-4"))
        {
            await limited.AssertErrorAsync(HttpStatusCode.TooManyRequests, "TOO_MANY_REQUESTS");
            Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to come back");
        }
        using (var locked = await GetAsync("/hangfire", "admin", SignInThrottleScenario.AdminPassword))
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
    }
}
