namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>OpenAPI description of the return URLs (completed / cancelled are accepted as synonyms).</summary>
internal sealed record CheckoutUrlsDoc(string? Success, string? Cancel);
