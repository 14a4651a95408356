namespace PaymentGateway.Sandbox.MerchantGateway;

/// <summary>One currency of the merchant gateway's balance at the payment gateway, as the exact decimal string it sent.</summary>
internal sealed record Balance(string Currency, string Available);
