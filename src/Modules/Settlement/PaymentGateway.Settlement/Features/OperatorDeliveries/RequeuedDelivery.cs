namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <param name="DeadJobId">The failed Hangfire job that had made the delivery dead, if any.</param>
internal sealed record RequeuedDelivery(string Txid, long RecipientOcid, string? DeadJobId);
