namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

internal static class TestCards
{
    public const string Succeeds = "4242 4242 4242 4242";
    public const string Declined = "4000 0000 0000 0002";
    public const string InsufficientFunds = "4000 0000 0000 9995";
    public const string FailsLuhn = "4242 4242 4242 4241";
    public const string FutureExpiry = "12/39";
}
