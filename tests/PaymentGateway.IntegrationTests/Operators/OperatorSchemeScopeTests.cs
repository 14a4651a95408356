using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>
/// The operator scheme is not the default one: only the dashboard and the operator API look at operator credentials.
/// An Authorization header sent anywhere else is not a sign-in, so it neither fails nor counts against the address.
/// </summary>
public sealed class OperatorSchemeScopeTests(SignInThrottleScenario scenario) : IClassFixture<SignInThrottleScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> GetAsync(string path, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"admin:{password}")));
        return scenario.Gateway.Client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task Wrong_credentials_outside_the_operator_surfaces_are_ignored_and_do_not_lock_the_operator_out()
    {
        // Twice the limit of three failures, on public paths that never ask for an operator.
        for (var guess = 1; guess <= 6; guess++)
        {
            using var metadata = await GetAsync("/opencharge/metadata.json", $"guess-{guess}");
            Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
        }
        using (var live = await GetAsync("/health/live", "guess-7"))
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        using var operatorRequest = await GetAsync("/operator/sessions", SignInThrottleScenario.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, operatorRequest.StatusCode);
    }
}
