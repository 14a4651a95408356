namespace PaymentGateway.Settlement.Features.CreditCheckout;

internal sealed record PendingDelivery(string Txid, long RecipientOcid, string SessionId);
