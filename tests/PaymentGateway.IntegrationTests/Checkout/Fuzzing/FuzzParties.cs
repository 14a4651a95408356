namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>Who signs what: the merchant signs orders, the caller (its merchant gateway) signs requests; the stranger is unknown.</summary>
internal sealed record FuzzParties(TestParty Merchant, TestParty Caller, TestParty Stranger);
