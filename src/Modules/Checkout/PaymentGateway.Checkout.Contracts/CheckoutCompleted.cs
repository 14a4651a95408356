using PaymentGateway.IntegrationEvents;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Contracts;

/// <summary>
/// A customer paid a checkout session. Written to the Checkout outbox in the same transaction as the
/// pending → completed change; Settlement credits <see cref="CallerOcid"/> and issues the proof.
/// </summary>
/// <param name="PaymentId">Our payment reference (the proof's <c>from.reference</c>).</param>
/// <param name="CallerOcid">Who called /checkout/create: the merchant gateway to credit (or the merchant itself).</param>
/// <param name="Amount">The order's amount exactly as received (a JSON string in the outbox, as on the wire).</param>
/// <param name="Currency">The order's currency string exactly as received.</param>
public sealed record CheckoutCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string SessionId,
    string PaymentId,
    long CallerOcid,
    long MerchantOcid,
    string OrderId,
    OpenchargeAmount Amount,
    string Currency) : IIntegrationEvent;
