namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>One row of <c>checkout.sandbox_charges</c>: a charge at the sandbox processor.</summary>
internal sealed record SandboxChargeRow(string IdempotencyKey, string PaymentId, bool Approved, int Requests, bool Voided);
