using System.Net;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

[Collection(MetricsCollection.Name)]
public sealed class MetricsTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Polls /metrics until a sample of <paramref name="metric"/> carries all <paramref name="labels"/>: the exporter
    /// caches its answer for 300 ms, and every sample line also has an otel_scope_name label.
    /// </summary>
    private async Task<string> AssertSampleAsync(string metric, params string[] labels)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        string text;
        do
        {
            using var response = await scenario.Gateway.Client.GetAsync("/metrics", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync(Ct);
            var found = text.Split('\n').Any(line => line.StartsWith(metric + "{", StringComparison.Ordinal)
                && labels.All(label => line.Contains(label, StringComparison.Ordinal)));
            if (found)
                return text;
            await Task.Delay(100, Ct);
        }
        while (DateTime.UtcNow < until);
        Assert.Fail($"no sample of {metric} with {string.Join(", ", labels)} in:\n{text}");
        return text;
    }

    [Fact]
    public async Task A_new_session_is_counted()
    {
        await (await scenario.CreateCheckoutAsync()).AssertOkJsonAsync();
        var text = await AssertSampleAsync("checkout_sessions_created_total", "otel_scope_name=\"PaymentGateway.Checkout\"");
        Assert.Contains("# TYPE checkout_sessions_created_total counter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_request_is_counted_by_error_code()
    {
        using var response = await scenario.Gateway.Client.SendSignedAsync(scenario.Stranger, HttpMethod.Post,
            scenario.BasePath + "/checkout/create", "{}");
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNKNOWN_OCID");
        await AssertSampleAsync("opencharge_requests_rejected_total", "code=\"UNKNOWN_OCID\"");
    }

    [Fact]
    public async Task Failed_partner_metadata_is_counted_per_partner()
    {
        var order = TestOrder.Create(scenario.OfflineMerchant.Ocid, [scenario.MerchantGateway.Ocid]);
        using var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post,
            scenario.BasePath + "/checkout/create", TestOrder.CheckoutBody(order, scenario.OfflineMerchant));
        await response.AssertErrorAsync(HttpStatusCode.BadGateway, "METADATA_UNAVAILABLE");
        await AssertSampleAsync("merchants_metadata_fetch_failures_total", "ocid=\"501\"");
    }

    [Fact]
    public async Task A_paid_checkout_shows_in_completion_delivery_and_lag_metrics()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);
        using var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId));
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);

        await AssertSampleAsync("checkout_sessions_completed_total", "otel_scope_name=\"PaymentGateway.Checkout\"");
        await AssertSampleAsync("settlement_delivery_attempts_total", "outcome=\"delivered\"");
        var text = await AssertSampleAsync("settlement_delivery_lag_seconds_bucket");
        Assert.Contains("# TYPE settlement_delivery_lag_seconds histogram", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ledger_gauges_are_exported_for_the_alert_rules()
    {
        // Nothing was received on /transfer/webhook here, so nothing waits in suspense.
        var text = await AssertSampleAsync("settlement_unallocated_receipts", "otel_scope_name=\"PaymentGateway.Settlement\"");
        Assert.Contains("# TYPE settlement_unallocated_receipts gauge", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^settlement_unallocated_receipts\{[^}]*\} 0( |$)", text);
    }
}
