namespace PaymentGateway.EndToEndTests.Infrastructure;

/// <summary>The shop with the gateway's default session lifetime (30 minutes): for paying and cancelling.</summary>
public sealed class ShopFixture() : ShopEnvironment(sessionLifetime: null);
