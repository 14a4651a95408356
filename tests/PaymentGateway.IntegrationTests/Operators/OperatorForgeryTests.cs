using System.Net;
using System.Text;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Settlement;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>
/// A browser resends cached Basic credentials with any request to our origin, so a hostile page must not be able to
/// change anything through the operator API: a state-changing call needs a JSON body or <c>X-Requested-By</c>, and a
/// cross-site <c>Sec-Fetch-Site</c> or a foreign <c>Origin</c> is refused (403 FORBIDDEN, nothing done).
/// </summary>
public sealed class OperatorForgeryTests(OperatorScenario scenario) : IClassFixture<OperatorScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task A_cross_site_form_post_with_cached_credentials_redelivers_nothing()
    {
        var (completed, mg) = await scenario.DeadDeliveryAsync();
        var txid = await scenario.TxidAsync(completed);
        mg.Up();
        // What a hostile page's auto-submitted <form method=post> sends from a browser holding the admin's credentials.
        using var browser = scenario.Client("admin", OperatorScenario.AdminPassword, asScript: false);

        using (var form = await browser.PostAsync($"/operator/deliveries/{txid}/redeliver?force=true",
                   new FormUrlEncodedContent([new("force", "true")]), Ct))
            await form.AssertErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        using (var text = await browser.PostAsync($"/operator/deliveries/{txid}/redeliver",
                   new StringContent("{}", Encoding.UTF8, "text/plain"), Ct))
            await text.AssertErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        using (var empty = await browser.PostAsync($"/operator/deliveries/{txid}/redeliver", null, Ct))
            await empty.AssertErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");

        await Task.Delay(TimeSpan.FromSeconds(2), Ct); // a redelivery, had one been accepted, would run by now
        Assert.Equal("dead", await _db.DeliveryStateAsync(completed.SessionId));
        Assert.Equal(2, scenario.WebhooksFor(completed).Count);
        Assert.Equal(0L, await _db.CountAsync("SELECT count(*) FROM settlement.operator_actions WHERE txid = $1", txid));

        // The same call as a script makes it is accepted.
        using var admin = scenario.Admin();
        using (var accepted = await admin.PostAsync($"/operator/deliveries/{txid}/redeliver", null, Ct))
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: "redelivered");
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    public async Task A_cross_site_request_is_refused_even_with_a_JSON_body_and_the_header(string header, string value)
    {
        using var admin = scenario.Admin();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/operator/deliveries/redeliver")
        {
            Content = new StringContent("""{"ocid":300}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await admin.SendAsync(request, Ct);
        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Sec-Fetch-Site", "none")]
    [InlineData("Origin", "our own")]
    public async Task Our_own_origin_and_scripts_pass(string header, string value)
    {
        using var admin = scenario.Client("admin", OperatorScenario.AdminPassword, asScript: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/operator/deliveries/redeliver")
        {
            Content = new StringContent("""{"ocid":999999,"from":"2000-01-01T00:00:00Z","to":"2000-01-02T00:00:00Z"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value == "our own" ? scenario.Gateway.BaseUrl : value);
        using var response = await admin.SendAsync(request, Ct);
        Assert.Equal(0, (await response.AssertOkJsonAsync()).GetProperty("requeued").GetInt32());
    }

    [Fact]
    public async Task Reading_needs_no_header()
    {
        using var viewer = scenario.Client("viewer", OperatorScenario.ViewerPassword, asScript: false);
        using var response = await viewer.GetAsync("/operator/deliveries?pageSize=1", Ct);
        await response.AssertOkJsonAsync();
    }
}
