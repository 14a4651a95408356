namespace PaymentGateway.Opencharge;

/// <summary>A party's secp256k1 signing key (32 bytes). Never printed: ToString hides it.</summary>
public sealed class OpenchargePrivateKey
{
    public static OpenchargePrivateKey Parse(string hex) => throw new NotImplementedException();
    public static bool TryParse(string? hex, out OpenchargePrivateKey? key) => throw new NotImplementedException();
    public static OpenchargePrivateKey Generate() => throw new NotImplementedException();
    public OpenchargePublicKey PublicKey => throw new NotImplementedException();
    public string ToHex() => throw new NotImplementedException();
    public string Sign(string text) => throw new NotImplementedException();
    public string SignDigest(ReadOnlySpan<byte> digest) => throw new NotImplementedException();
    public override string ToString() => "OpenchargePrivateKey(redacted)";
}
