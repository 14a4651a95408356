using NBitcoin.Secp256k1;

namespace PaymentGateway.Opencharge;

/// <summary>
/// A party's secp256k1 verification key. The spec form is 128 hex (X||Y without the 04 prefix); the registry app
/// publishes 66-hex compressed keys, so <see cref="Parse"/> takes every common encoding (docs/protocol.md, Keys and signatures).
/// </summary>
public sealed class OpenchargePublicKey : IEquatable<OpenchargePublicKey>
{
    private const int DigestBytes = 32;

    private readonly ECPubKey _key;
    private readonly string _hex;

    // libsecp256k1's parsed form, made once here so that a verification does not parse the key again.
    private readonly byte[]? _native;

    internal OpenchargePublicKey(ECPubKey key)
    {
        _key = key;
        Span<byte> uncompressed = stackalloc byte[65];
        key.WriteToSpan(false, uncompressed, out _);
        _hex = Convert.ToHexStringLower(uncompressed[1..]);
        if (NativeSecp256k1.IsAvailable)
        {
            var native = new byte[NativeSecp256k1.PublicKeyBytes];
            _native = NativeSecp256k1.TryParsePublicKey(uncompressed, native) ? native : null;
        }
    }

    /// <summary>Accepts 128 hex (X||Y), 130 hex starting 04, or 66 hex compressed (02/03); any case.</summary>
    public static OpenchargePublicKey Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        return TryParse(hex, out var key)
            ? key!
            : throw new FormatException(
                "A public key must be 128 hex (X||Y), 130 hex starting with 04, or 66 hex compressed starting with 02/03, and lie on secp256k1.");
    }

    public static bool TryParse(string? hex, out OpenchargePublicKey? key)
    {
        key = null;
        if (hex is null)
        {
            return false;
        }

        var digits = hex.AsSpan().Trim();
        Span<byte> bytes = stackalloc byte[65];
        int length;
        switch (digits.Length)
        {
            case 128:
                // Spec form: verifiers prepend the SEC1 uncompressed marker themselves.
                bytes[0] = 0x04;
                if (!HexText.TryDecodeExact(digits, bytes[1..]))
                {
                    return false;
                }

                length = 65;
                break;
            case 130:
            case 66:
                length = digits.Length / 2;
                if (!HexText.TryDecodeExact(digits, bytes[..length]))
                {
                    return false;
                }

                // Refuse the SEC1 "hybrid" 06/07 prefixes the library would otherwise accept: nobody publishes them.
                var expectedCompressed = length == 33;
                var prefixOk = expectedCompressed ? bytes[0] is 0x02 or 0x03 : bytes[0] == 0x04;
                if (!prefixOk)
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (!ECPubKey.TryCreate(bytes[..length], Context.Instance, out _, out var ecKey) || ecKey is null)
        {
            return false;
        }

        key = new OpenchargePublicKey(ecKey);
        return true;
    }

    /// <summary>128 lowercase hex (X||Y, no 04 prefix): the form the spec publishes in metadata.</summary>
    public string ToHex() => _hex;

    /// <summary>Verifies a signature over SHA-256 of the UTF-8 text. Never throws; false on any malformed input.</summary>
    public bool Verify(string text, string signature)
    {
        if (text is null || !SignatureText.TryParse(signature, out var parsed))
        {
            return false;
        }

        return Verify(Sha256Hex.DigestOf(text), parsed!);
    }

    /// <summary>Verifies a signature over a 32-byte digest. Never throws; false on any malformed input.</summary>
    public bool VerifyDigest(ReadOnlySpan<byte> digest, string signature) =>
        digest.Length == DigestBytes
        && SignatureText.TryParse(signature, out var parsed)
        && Verify(digest, parsed!);

    public bool Equals(OpenchargePublicKey? other) => other is not null && string.Equals(_hex, other._hex, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as OpenchargePublicKey);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_hex);

    /// <summary>Public keys are not secret; printing the spec form helps logs and diagnostics.</summary>
    public override string ToString() => _hex;

    /// <summary>For callers that parsed the signature once and try several candidate digests (lenient profile).</summary>
    internal bool Verify(ReadOnlySpan<byte> digest, SecpECDSASignature signature) =>
        Verify(digest, signature, Secp256k1Selection.Current);

    /// <summary>Verifies with a chosen implementation; the differential tests compare the two.</summary>
    internal bool Verify(ReadOnlySpan<byte> digest, SecpECDSASignature signature, Secp256k1Backend backend)
    {
        if (digest.Length != DigestBytes)
        {
            return false;
        }

        if (backend == Secp256k1Backend.Managed || _native is null)
        {
            return _key.SigVerify(signature, digest);
        }

        Span<byte> compact = stackalloc byte[64];
        signature.WriteCompactToSpan(compact);
        return NativeSecp256k1.Verify(_native, compact, digest);
    }
}
