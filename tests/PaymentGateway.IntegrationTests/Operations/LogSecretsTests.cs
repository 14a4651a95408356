using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

public sealed class LogSecretsTests(LogCaptureScenario scenario) : IClassFixture<LogCaptureScenario>
{
    [Fact]
    public async Task A_full_create_logs_the_session_and_caller_but_never_a_private_key()
    {
        var json = await (await scenario.CreateCheckoutAsync()).AssertOkJsonAsync();
        var sessionId = json.GetProperty("session_id").GetString()!;

        var lines = scenario.Logs.Lines;
        var created = Assert.Single(lines, line => line.Values.Any(v => v.Key == "SessionId" && Equals(v.Value, sessionId)));
        Assert.Contains(created.Scopes, scope => scope.Key == "CallerOcid" && Equals(scope.Value, scenario.MerchantGateway.Ocid));

        var everything = string.Join('\n', lines.Select(line => line.AllText));
        Assert.True(lines.Count > 20, $"the capture sees the host's own logging too ({lines.Count} lines)");
        foreach (var key in new[] { GatewayHost.DefaultIdentity.Key, scenario.Merchant.Key, scenario.MerchantGateway.Key })
            Assert.DoesNotContain(key.ToHex(), everything, StringComparison.OrdinalIgnoreCase);
    }
}
