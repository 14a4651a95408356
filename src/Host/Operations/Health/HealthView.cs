namespace PaymentGateway.Host.Operations.Health;

internal sealed record HealthView(string Status, IReadOnlyDictionary<string, HealthCheckView> Checks);
