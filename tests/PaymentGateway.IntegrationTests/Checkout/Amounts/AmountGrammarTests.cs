using System.Net;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.Amounts;

/// <summary>
/// One money grammar through the front door: create refuses what the ledger cannot book exactly (the old parser
/// accepted these, the customer was charged and the credit failed forever), and every accepted amount is paid,
/// credited to the exact number and proven byte for byte.
/// </summary>
public sealed class AmountGrammarTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private string Connection => scenario.ConnectionString;

    [Theory]
    [InlineData("79228162514264337593543950336", "USD")] // more than decimal holds
    [InlineData("1.0000000000000000000000000001", "ETH")] // 29 digits: decimal would round it to 1
    [InlineData("1.005", "USD")] // USD has 2 minor units
    [InlineData("100.5", "JPY")] // JPY has none
    [InlineData("0.0001", "BHD")] // BHD has 3
    [InlineData("0.0000000000000000001", "ETH")] // 19 digits after the point
    public async Task An_amount_the_ledger_cannot_book_exactly_is_400_INVALID_REQUEST_naming_order_amount(string amount, string currency)
    {
        var order = TestOrder.Create(scenario.Merchant.Ocid, [scenario.MerchantGateway.Ocid], amount, currency);

        using var response = await scenario.CreateCheckoutAsync(order);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        var details = error.GetProperty("details");
        Assert.True(details.TryGetProperty("order.amount", out var reason), $"details should name order.amount: {details}");
        Assert.False(string.IsNullOrWhiteSpace(reason.GetString()));
        Assert.False(details.TryGetProperty("order.currency", out _), $"only the amount is wrong: {details}");
        Assert.Equal(0L, await Database.ScalarAsync<long>(Connection, "SELECT count(*) FROM checkout.sessions WHERE order_id = $1", order["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("1.5", "USD")]
    [InlineData("1.50", "USD")]
    [InlineData("100", "JPY")]
    [InlineData("0.001", "BHD")]
    [InlineData("0.000000000000000001", "ETH")]
    [InlineData("9999999999999999999999999999", "ETH")]
    public async Task An_accepted_amount_is_paid_credited_exactly_and_proven_byte_for_byte(string amount, string currency)
    {
        var order = TestOrder.Create(scenario.Merchant.Ocid, [scenario.MerchantGateway.Ocid], amount, currency);
        var orderId = order["id"]!.GetValue<string>();
        var sessionId = await scenario.CreateAsync(order);
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId));

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        // Normally there before the redirect; on a loaded machine it may follow the 2 s redirect budget.
        var webhooks = await Eventually.GetAsync(() => Task.FromResult(scenario.Partners.WebhooksFor(scenario.MerchantGateway.Ocid, orderId)),
            w => w.Count > 0, because: "the proof is delivered");
        var webhook = Assert.Single(webhooks);
        MerchantGatewayChecks.AssertAcceptable(webhook, await MerchantGatewayChecks.PublishedKeyAsync(scenario.Gateway),
            scenario.MerchantGateway.Ocid, orderId, amount, currency);
        Assert.Contains($"\"amount\":\"{amount}\"", webhook.BodyText, StringComparison.Ordinal);

        // The ledger holds the same number, written the same way (numeric keeps the scale), on both legs.
        Assert.Equal(amount, await Database.ScalarAsync<string>(Connection,
            "SELECT amount::text FROM settlement.journal_entries WHERE session_id = $1", sessionId));
        Assert.Equal(1L, await Database.ScalarAsync<long>(Connection,
            "SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1 AND amount = $2::numeric", sessionId, amount));
        Assert.Equal(amount, await Database.ScalarAsync<string>(Connection, """
            SELECT string_agg(p.amount::text, ' ' ORDER BY p.side) FROM settlement.postings p
            JOIN settlement.journal_entries e ON e.id = p.entry_id WHERE e.session_id = $1 AND p.side = 1
            """, sessionId));
        Assert.Equal("-" + amount, await Database.ScalarAsync<string>(Connection, """
            SELECT p.amount::text FROM settlement.postings p
            JOIN settlement.journal_entries e ON e.id = p.entry_id WHERE e.session_id = $1 AND p.side = -1
            """, sessionId));
    }

    [Fact]
    public async Task A_session_stored_with_an_amount_the_ledger_cannot_book_is_never_charged()
    {
        // As a session created before create refused such amounts would be stored.
        var sessionId = await scenario.CreateAsync(scenario.NewOrder());
        await Database.ScalarAsync<int>(Connection, "UPDATE checkout.sessions SET amount = '1.0000000000000000000000000001' WHERE id = $1", sessionId);
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, paid.StatusCode);
        Assert.Contains("cannot be paid here", await paid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var database = new CheckoutDatabase(Connection);
        Assert.Equal("pending", (await database.SessionAsync(sessionId)).Status);
        Assert.Equal(0L, await database.OutboxCountAsync(sessionId));
    }
}
