using NBitcoin.Secp256k1;

namespace PaymentGateway.Opencharge;

/// <summary>
/// Reads the signature encodings found in the wild (docs/protocol.md, Keys and signatures; contradiction A3): the spec's 130-hex r||s||v,
/// 128-hex compact r||s (registry app, noble v3) and DER hex (noble v1 <c>signSync</c> default).
/// </summary>
internal static class SignatureText
{
    // DER of two 33-byte integers plus headers is at most 72 bytes; anything longer cannot be a secp256k1 signature.
    private const int MaxDerBytes = 72;

    /// <summary>
    /// Never throws. Rejects high-S (s &gt; n/2): every JavaScript verifier Opencharge parties use does,
    /// and accepting it would make signatures malleable.
    /// </summary>
    public static bool TryParse(string? text, out SecpECDSASignature? signature)
    {
        signature = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var hex = text.AsSpan().Trim();
        SecpECDSASignature? parsed;
        if (hex.Length is 128 or 130)
        {
            // The trailing v byte (1b/1c) only serves public-key recovery; the reference SDK ignores it, so do we,
            // but it must still be hex so that garbage is not silently accepted.
            Span<byte> bytes = stackalloc byte[65];
            if (!HexText.TryDecodeExact(hex, bytes[..(hex.Length / 2)])
                || !SecpECDSASignature.TryCreateFromCompact(bytes[..64], out parsed))
            {
                return false;
            }
        }
        else if (hex.Length >= 4 && hex.Length % 2 == 0 && hex.Length <= MaxDerBytes * 2 && hex[0] == '3' && hex[1] == '0')
        {
            Span<byte> der = stackalloc byte[hex.Length / 2];
            if (!HexText.TryDecodeExact(hex, der) || !SecpECDSASignature.TryCreateFromDer(der, out parsed))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (parsed is null)
        {
            return false;
        }

        var (r, s) = parsed;
        if (r.IsZero || s.IsZero || s.IsHigh)
        {
            return false;
        }

        signature = parsed;
        return true;
    }
}
