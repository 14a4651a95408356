namespace PaymentGateway.Settlement.Features.PartnerViews;

internal sealed record DeliveryView(string State, int Attempts);
