using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Features.ExpireSessions;
using PaymentGateway.Checkout.Payments;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>Claim before charge on the hosted page: one attempt holds the session while its card is charged.</summary>
public sealed class PaymentClaimTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private CheckoutDatabase Database => new(scenario.ConnectionString);

    [Fact]
    public async Task A_declined_card_releases_the_claim_and_the_next_card_is_a_new_attempt_with_its_own_key()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var declined = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId), TestCards.Declined);
        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        var released = await Database.ClaimAsync(sessionId);
        Assert.Equal(("pending", 1, (DateTimeOffset?)null), released);
        Assert.Equal((null, null), ((await Database.SessionAsync(sessionId)).CardBrand, (await Database.SessionAsync(sessionId)).CardLast4));

        using var paid = await browser.PayAsync(sessionId, CheckoutBrowser.Token(await declined.BodyAsync()));
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);

        var session = await Database.SessionAsync(sessionId);
        Assert.Equal(("completed", new PaymentAttempt(sessionId, 2).PaymentId), (session.Status, session.PaymentId));
        Assert.Equal(("completed", 2, (DateTimeOffset?)null), await Database.ClaimAsync(sessionId));
        var charges = await Database.ChargesAsync(sessionId);
        Assert.Equal([($"{sessionId}:1", false), ($"{sessionId}:2", true)], charges.Select(c => (c.IdempotencyKey, c.Approved)));
        Assert.All(charges, c => Assert.Equal(1, c.Requests));
    }

    [Fact]
    public async Task While_another_attempt_holds_the_session_a_submit_charges_nothing_and_shows_the_payment_in_progress()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);
        var token = await browser.TokenAsync(sessionId);
        await Database.SimulateClaimAsync(sessionId, attempt: 1, TimeSpan.FromMinutes(2));

        using var submit = await browser.PayAsync(sessionId, token);
        var html = await submit.BodyAsync();
        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        Assert.Contains("Payment in progress", html);
        Assert.Contains("<meta http-equiv=\"refresh\"", html);
        Assert.DoesNotContain("card_number", html);

        using var page = await browser.OpenAsync(sessionId);
        Assert.Contains("Payment in progress", await page.BodyAsync());
        using var cancel = await browser.CancelAsync(sessionId, token);
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);

        Assert.Empty(await Database.ChargesAsync(sessionId));
        Assert.Equal(("charging", 1), ((await Database.ClaimAsync(sessionId)).Status, (await Database.ClaimAsync(sessionId)).Attempts));
        Assert.Equal(0, await Database.OutboxCountAsync(sessionId));
    }

    [Fact]
    public async Task Expiry_leaves_a_session_being_charged_alone_and_partners_read_it_as_pending()
    {
        var sessionId = await scenario.CreateAsync();
        await Database.SimulateClaimAsync(sessionId, attempt: 1, TimeSpan.FromMinutes(2));
        await Database.BackdateExpiryAsync(sessionId);

        await using (var scope = scenario.Gateway.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ExpireDueSessionsJob>().RunAsync(CancellationToken.None);

        Assert.Equal("charging", (await Database.ClaimAsync(sessionId)).Status);
        using var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Get,
            $"{scenario.BasePath}/checkout/{sessionId}");
        using var json = JsonDocument.Parse(await response.BodyAsync());
        Assert.Equal("pending", json.RootElement.GetProperty("status").GetString());
    }
}
