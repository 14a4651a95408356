using System.Globalization;
using System.Numerics;

namespace PaymentGateway.IntegrationTests.Infrastructure;

public static class Signatures
{
    private static readonly BigInteger N = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber);

    /// <summary>The malleable twin (r, n − s) of a 130-hex signature: valid ECDSA, but high-S, which Opencharge rejects.</summary>
    public static string HighSTwin(string signature)
    {
        var s = BigInteger.Parse("0" + signature[64..128], NumberStyles.HexNumber);
        var twin = (N - s).ToString("x64", CultureInfo.InvariantCulture);
        if (twin.Length > 64)
            twin = twin[^64..];
        var v = signature[128..] == "1b" ? "1c" : "1b";
        return signature[..64] + twin + v;
    }
}
