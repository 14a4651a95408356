using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Features.ExpireSessions;
using PaymentGateway.Checkout.Features.ResolveCharges;
using PaymentGateway.Checkout.Payments;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>
/// A payment attempt whose host died between claiming the session and completing it: the claim is written as that
/// host left it (charging, deadline passed), with or without a charge under the attempt's key at the processor.
/// No Hangfire server runs here, so each resolution happens when the test asks for it.
/// </summary>
public sealed class StaleChargeResolutionTests(ManualJobsScenario scenario) : IClassFixture<ManualJobsScenario>
{
    private CheckoutDatabase Database => new(scenario.ConnectionString);

    [Fact]
    public async Task A_stale_attempt_whose_charge_went_through_completes_the_session_with_that_charge()
    {
        var sessionId = await scenario.CreateAsync();
        var attempt = new PaymentAttempt(sessionId, 1);
        await ChargeAsync(attempt);
        await Database.SimulateClaimAsync(sessionId, attempt.Number, TimeSpan.FromMinutes(-1));

        await ResolveAsync();

        var session = await Database.SessionAsync(sessionId);
        Assert.Equal(("completed", attempt.PaymentId, "Visa", "4242"), (session.Status, session.PaymentId, session.CardBrand, session.CardLast4));
        Assert.Equal(1, await Database.OutboxCountAsync(sessionId));
        var charge = Assert.Single(await Database.ChargesAsync(sessionId));
        Assert.Equal((1, false), (charge.Requests, charge.Voided));

        using var browser = new CheckoutBrowser(scenario.Gateway);
        using var page = await browser.OpenAsync(sessionId);
        Assert.Contains("Payment received", await page.BodyAsync());
    }

    [Fact]
    public async Task A_stale_attempt_the_processor_never_saw_is_released_and_the_customer_pays_with_a_new_attempt()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);
        var token = await browser.TokenAsync(sessionId);
        await Database.SimulateClaimAsync(sessionId, attempt: 1, TimeSpan.FromMinutes(-1));

        await ResolveAsync();

        Assert.Equal(("pending", 1, (DateTimeOffset?)null), await Database.ClaimAsync(sessionId));
        Assert.Equal(0, await Database.OutboxCountAsync(sessionId));
        using var paid = await browser.PayAsync(sessionId, token);
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        var charge = Assert.Single(await Database.ChargesAsync(sessionId));
        Assert.Equal(($"{sessionId}:2", true, 1), (charge.IdempotencyKey, charge.Approved, charge.Requests));
        Assert.Equal(new PaymentAttempt(sessionId, 2).PaymentId, (await Database.SessionAsync(sessionId)).PaymentId);
    }

    [Fact]
    public async Task A_stale_attempt_past_the_session_expiry_is_resolved_before_anything_expires_it()
    {
        var charged = await scenario.CreateAsync();
        var uncharged = await scenario.CreateAsync();
        await ChargeAsync(new PaymentAttempt(charged, 1));
        foreach (var sessionId in new[] { charged, uncharged })
        {
            await Database.SimulateClaimAsync(sessionId, attempt: 1, TimeSpan.FromMinutes(-1));
            await Database.BackdateExpiryAsync(sessionId);
        }

        // The expiry sweep comes first and must not end either: the charge of each may have gone through.
        await using (var scope = scenario.Gateway.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ExpireDueSessionsJob>().RunAsync(CancellationToken.None);
        Assert.Equal("charging", (await Database.ClaimAsync(charged)).Status);
        Assert.Equal("charging", (await Database.ClaimAsync(uncharged)).Status);

        await ResolveAsync();

        Assert.Equal("completed", (await Database.SessionAsync(charged)).Status);
        Assert.Equal(1, await Database.OutboxCountAsync(charged));
        Assert.Equal("expired", (await Database.SessionAsync(uncharged)).Status);
        Assert.Equal(0, await Database.OutboxCountAsync(uncharged));
    }

    [Fact]
    public async Task An_attempt_within_its_claim_is_left_to_its_host()
    {
        var sessionId = await scenario.CreateAsync();
        var attempt = new PaymentAttempt(sessionId, 1);
        await ChargeAsync(attempt);
        await Database.SimulateClaimAsync(sessionId, attempt.Number, TimeSpan.FromMinutes(2));

        await ResolveAsync();

        Assert.Equal("charging", (await Database.ClaimAsync(sessionId)).Status);
        Assert.Equal(0, await Database.OutboxCountAsync(sessionId));
    }

    [Fact]
    public async Task A_host_starting_up_resolves_the_attempts_a_dead_host_left_behind()
    {
        var sessionId = await scenario.CreateAsync();
        var attempt = new PaymentAttempt(sessionId, 1);
        await ChargeAsync(attempt);
        await Database.SimulateClaimAsync(sessionId, attempt.Number, TimeSpan.FromMinutes(-1));

        // checkout:resolve-charges runs at start-up of a host with a Hangfire server, and every minute after.
        await using var next = await scenario.StartGatewayAsync(new Dictionary<string, string?> { ["Hangfire:Server:Enabled"] = "true" });

        await Infrastructure.Eventually.GetAsync(async () => (await Database.SessionAsync(sessionId)).Status, status => status == "completed",
            TimeSpan.FromSeconds(60), "resolved by the recurring job");
        Assert.Equal(attempt.PaymentId, (await Database.SessionAsync(sessionId)).PaymentId);
        Assert.Equal(1, await Database.OutboxCountAsync(sessionId));
    }

    /// <summary>What the dead host did before it died: the charge request reached the processor under the attempt's key.</summary>
    private async Task ChargeAsync(PaymentAttempt attempt)
    {
        var processor = scenario.Gateway.Services.GetRequiredService<ICardProcessor>();
        var result = await processor.ChargeAsync(new CardCharge(attempt, OpenchargeAmount.Parse("99.99"), "USD", new CardDetails("4242424242424242", 12, 2039, "123", "Ada")),
            TestContext.Current.CancellationToken);
        Assert.True(result.Approved);
    }

    private async Task ResolveAsync()
    {
        await using var scope = scenario.Gateway.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ResolveStaleChargesJob>().RunAsync(TestContext.Current.CancellationToken);
    }
}
