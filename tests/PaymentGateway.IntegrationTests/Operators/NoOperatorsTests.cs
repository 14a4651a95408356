using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>With no operators configured the dashboard and the operator API refuse everyone (fail closed).</summary>
public sealed class NoOperatorsTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/failed")]
    [InlineData("/operator/sessions")]
    [InlineData("/operator/deliveries")]
    public async Task Every_request_is_refused(string path)
    {
        using var anonymous = await scenario.Gateway.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:admin")));
        using var guessed = await scenario.Gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
    }
}
