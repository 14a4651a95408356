namespace PaymentGateway.Settlement.Delivery;

internal sealed record DueDelivery(string Txid, long RecipientOcid);
