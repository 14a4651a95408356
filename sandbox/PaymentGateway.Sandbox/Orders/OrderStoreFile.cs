namespace PaymentGateway.Sandbox.Orders;

/// <summary>The shape of <c>orders.json</c> in the data folder.</summary>
internal sealed record OrderStoreFile(List<SandboxOrder> Orders, List<string> ProcessedProofs);
