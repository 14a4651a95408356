using PaymentGateway.Sandbox.Tests.Fakes;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>The result of clicking Buy: the shop's answer and the checkout/create call it caused.</summary>
internal sealed record PlacedOrder(string OrderId, HttpResponseMessage Response, RecordedRequest CheckoutRequest);
