namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>
/// The metrics tests run alone. Every gateway host in this test process has its own OpenTelemetry MeterProvider,
/// but a provider subscribes to meters by name, so it also sees the same-named instruments of every other host in the
/// process; when one of those hosts is disposed, the provider retires the shared metric stream and its own host's
/// later measurements are no longer exported. In production there is one host per process; here, running these
/// tests while no other host starts or stops keeps what they read their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics (no other host running)";
}
