namespace PaymentGateway.Host.Operations.Health;

internal sealed record HealthCheckView(string Status, string? Description);
