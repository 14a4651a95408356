namespace PaymentGateway.Benchmark.Load;

/// <summary>One signed request, built before timing starts, so that the load generator only copies bytes.</summary>
internal sealed record PreparedRequest(byte[] Body, string Ocid, string Timestamp, string Nonce, string Signature);
