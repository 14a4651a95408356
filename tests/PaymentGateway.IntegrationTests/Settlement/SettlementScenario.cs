using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationEvents;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.IntegrationTests.Settlement;

/// <summary>
/// The gateway scenario with fast retries (1 s base delay) and merchant gateways whose webhook answers are scripted
/// per order id (default: accept), so that tests sharing a class do not disturb each other.
/// </summary>
public class SettlementScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    private readonly ConcurrentDictionary<string, Func<int, WebhookReply>> _scripts = new();
    private readonly ConcurrentDictionary<string, int> _calls = new();

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Settlement:Delivery:BaseDelay"] = "00:00:01",
                ["Settlement:Delivery:MaxDelay"] = "00:00:02",
            };
            foreach (var (key, value) in ExtraSettings)
                settings[key] = value;
            return settings;
        }
    }

    /// <summary>What a derived scenario changes on top of the fast retries.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var gateway in new[] { MerchantGateway, OtherGateway })
            Partners.OnWebhook(gateway.Ocid, Answer);
    }

    /// <summary>How the merchant gateways answer deliveries for <paramref name="orderId"/>; the int is the 1-based call number.</summary>
    public void Script(string orderId, Func<int, WebhookReply> reply) => _scripts[orderId] = reply;

    public CheckoutCompleted NewCompletion(string amount = "99.99", string currency = "USD", long? caller = null) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, "cs_" + Guid.NewGuid().ToString("N")[..20], "pay_" + Guid.NewGuid().ToString("N")[..16],
            caller ?? MerchantGateway.Ocid, Merchant.Ocid, "ord_" + Guid.NewGuid().ToString("N")[..12], OpenchargeAmount.Parse(amount), currency);

    /// <summary>Hands the event to Settlement the way the outbox relay does: the same publisher, a scope per event.</summary>
    public static Task PublishAsync(GatewayHost host, IIntegrationEvent integrationEvent) =>
        (host.Services.GetService<IntegrationEventPublisher>() ?? new IntegrationEventPublisher(host.Services.GetRequiredService<IServiceScopeFactory>()))
            .PublishAsync(integrationEvent, TestContext.Current.CancellationToken);

    /// <summary>The webhooks for one order (the proof's to.reference), as they arrived.</summary>
    public IReadOnlyList<ReceivedWebhook> WebhooksFor(CheckoutCompleted completed) =>
        [.. Partners.Webhooks(completed.CallerOcid).Where(w => OrderIdOf(w) == completed.OrderId)];

    private WebhookReply Answer(ReceivedWebhook webhook, int call)
    {
        var orderId = OrderIdOf(webhook) ?? "";
        var number = _calls.AddOrUpdate(orderId, 1, (_, n) => n + 1);
        return _scripts.TryGetValue(orderId, out var script) ? script(number) : WebhookReply.Accepted(TxidOf(webhook));
    }

    private static string? OrderIdOf(ReceivedWebhook webhook)
    {
        using var document = JsonDocument.Parse(webhook.Body);
        return document.RootElement.GetProperty("proof").GetProperty("to").GetProperty("reference").GetString();
    }

    private static string TxidOf(ReceivedWebhook webhook)
    {
        using var document = JsonDocument.Parse(webhook.Body);
        return document.RootElement.GetProperty("proof").GetProperty("txid").GetString()!;
    }
}
