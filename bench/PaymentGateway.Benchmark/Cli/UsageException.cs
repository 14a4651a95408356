namespace PaymentGateway.Benchmark.Cli;

/// <summary>A bad command line; the message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
