namespace PaymentGateway.Opencharge;

public static class ResponseSigning
{
    public static string CanonicalResponse(string ocid, string timestamp, int statusCode, string bodySha256Hex) => throw new NotImplementedException();
    public static string Sign(OpenchargePrivateKey key, long ocid, long unixTimestamp, int statusCode, ReadOnlySpan<byte> body) => throw new NotImplementedException();
    public static bool Verify(OpenchargePublicKey key, string ocid, string timestamp, int statusCode, string signature, ReadOnlySpan<byte> body) => throw new NotImplementedException();
}
