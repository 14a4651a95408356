namespace PaymentGateway.EndToEndTests.Infrastructure;

/// <summary>The shop with checkout sessions that expire after three seconds, to see the expired page.</summary>
public sealed class ShortSessionShopFixture() : ShopEnvironment(Lifetime)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3);
}
