namespace PaymentGateway.Opencharge;

public static class Sha256Hex
{
    public const string OfEmpty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    public static string Of(ReadOnlySpan<byte> data) => throw new NotImplementedException();
    public static string Of(string text) => throw new NotImplementedException();
}
