namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>One order line as the merchant sent it; raw strings, encoded only when rendered.</summary>
internal sealed record OrderItemView(string Quantity, string Name, string UnitPrice);
