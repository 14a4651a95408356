namespace PaymentGateway.Settlement.Features.PartnerViews;

/// <summary>One currency of a partner's balance; <see cref="Available"/> is an exact decimal string.</summary>
internal sealed record BalanceItem(string Currency, string Available);
