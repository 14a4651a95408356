namespace PaymentGateway.UnitTests.Opencharge;

/// <summary>Test-side encoders for the alternative signature forms peers send (built independently of the library).</summary>
internal static class SignatureEncoding
{
    /// <summary>n of secp256k1.</summary>
    public static readonly System.Numerics.BigInteger Order = System.Numerics.BigInteger.Parse(
        "0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber);

    /// <summary>Strict DER: SEQUENCE { INTEGER r, INTEGER s }, minimal big-endian with a 00 pad when the top bit is set.</summary>
    public static string ToDerHex(string signature130Or128)
    {
        var r = DerInteger(Convert.FromHexString(signature130Or128[..64]));
        var s = DerInteger(Convert.FromHexString(signature130Or128[64..128]));
        var body = r.Concat(s).ToArray();
        return Convert.ToHexStringLower([0x30, (byte)body.Length, .. body]);
    }

    /// <summary>The malleable twin (r, n − s) of a signature; for a low-S input this is high-S.</summary>
    public static string HighSTwin(string signature130)
    {
        var s = new System.Numerics.BigInteger(Convert.FromHexString(signature130[64..128]), isUnsigned: true, isBigEndian: true);
        var twin = (Order - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[32];
        twin.CopyTo(padded, 32 - twin.Length);
        var flippedV = signature130[128..] == "1b" ? "1c" : "1b";
        return signature130[..64] + Convert.ToHexStringLower(padded) + flippedV;
    }

    private static byte[] DerInteger(byte[] value)
    {
        var trimmed = value.SkipWhile(b => b == 0).ToArray();
        if (trimmed.Length == 0 || trimmed[0] >= 0x80)
        {
            trimmed = [0x00, .. trimmed];
        }

        return [0x02, (byte)trimmed.Length, .. trimmed];
    }
}
