namespace PaymentGateway.Sandbox.Tests.Fakes;

/// <summary>A request as the fake gateway received it: the exact target and body bytes, for signature checks.</summary>
internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body);
