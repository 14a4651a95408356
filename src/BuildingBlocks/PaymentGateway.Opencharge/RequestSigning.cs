namespace PaymentGateway.Opencharge;

public static class RequestSigning
{
    public static string CanonicalRequest(string ocid, string timestamp, string nonce, string method, string pathAndQuery, string bodySha256Hex) => throw new NotImplementedException();
    public static SignedRequestHeaders Sign(OpenchargePrivateKey key, long ocid, long unixTimestamp, string nonce, string method, string pathAndQuery, ReadOnlySpan<byte> body) => throw new NotImplementedException();
    public static string NewNonce() => throw new NotImplementedException();
    public static bool Verify(OpenchargePublicKey key, string ocid, string timestamp, string nonce, string signature, string method, string rawPathAndQuery, string? basePath, ReadOnlySpan<byte> body) => throw new NotImplementedException();
}
