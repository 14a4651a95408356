namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

internal sealed record RequeuedDelivery(string Txid, long RecipientOcid);
