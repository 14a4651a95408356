namespace PaymentGateway.Opencharge;

public sealed record SignedRequestHeaders(string Ocid, string Timestamp, string Nonce, string Signature);
