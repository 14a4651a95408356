namespace PaymentGateway.Opencharge;

public static class OpenchargeHeaders
{
    public const string Id = "X-OC-ID";
    public const string Timestamp = "X-OC-Timestamp";
    public const string Nonce = "X-OC-Nonce";
    public const string Signature = "X-OC-Signature";
}
