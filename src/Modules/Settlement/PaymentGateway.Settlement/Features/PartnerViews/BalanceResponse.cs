namespace PaymentGateway.Settlement.Features.PartnerViews;

internal sealed record BalanceResponse(long Ocid, IReadOnlyList<BalanceItem> Balances);
