namespace PaymentGateway.Opencharge;

public sealed class OpenchargePublicKey
{
    public static OpenchargePublicKey Parse(string hex) => throw new NotImplementedException();
    public static bool TryParse(string? hex, out OpenchargePublicKey? key) => throw new NotImplementedException();
    public string ToHex() => throw new NotImplementedException();
    public bool Verify(string text, string signature) => throw new NotImplementedException();
    public bool VerifyDigest(ReadOnlySpan<byte> digest, string signature) => throw new NotImplementedException();
}
