using System.Security.Cryptography;
using NBitcoin.Secp256k1;

namespace PaymentGateway.Opencharge;

/// <summary>A party's secp256k1 signing key (32 bytes). Never printed: ToString hides it.</summary>
public sealed class OpenchargePrivateKey
{
    private const int KeyBytes = 32;
    private const int DigestBytes = 32;

    // v = 27 + recovery id, as Ethereum-style tooling and the reference SDK write it (1b / 1c).
    private const int RecoveryIdOffset = 27;

    private readonly ECPrivKey _key;

    // The raw scalar, kept only for native signing (libsecp256k1 takes the secret as bytes).
    private readonly byte[] _secret = new byte[KeyBytes];

    private OpenchargePrivateKey(ECPrivKey key)
    {
        _key = key;
        key.WriteToSpan(_secret);
        PublicKey = new OpenchargePublicKey(key.CreatePubKey());
    }

    /// <summary>Parses 64 hex characters (either case, optional <c>0x</c>). Error messages never echo the input.</summary>
    public static OpenchargePrivateKey Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        return TryCreate(hex, out var key, out var error)
            ? key!
            : throw new FormatException(error);
    }

    public static bool TryParse(string? hex, out OpenchargePrivateKey? key) =>
        TryCreate(hex, out key, out _);

    /// <summary>A fresh key from the OS CSPRNG; retries in the (astronomically unlikely) case of 0 or a value ≥ n.</summary>
    public static OpenchargePrivateKey Generate()
    {
        Span<byte> bytes = stackalloc byte[KeyBytes];
        try
        {
            while (true)
            {
                RandomNumberGenerator.Fill(bytes);
                if (ECPrivKey.TryCreate(bytes, Context.Instance, out var key) && key is not null)
                {
                    return new OpenchargePrivateKey(key);
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    public OpenchargePublicKey PublicKey { get; }

    /// <summary>64 lowercase hex, no prefix. The one deliberate way to export the secret.</summary>
    public string ToHex()
    {
        Span<byte> bytes = stackalloc byte[KeyBytes];
        try
        {
            _key.WriteToSpan(bytes);
            return Convert.ToHexStringLower(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Signs SHA-256 of the UTF-8 text: 130 lowercase hex r||s||v, RFC 6979, low-S.</summary>
    public string Sign(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SignDigest(Sha256Hex.DigestOf(text));
    }

    /// <summary>
    /// Signs a 32-byte digest as the ECDSA message hash directly (it is NOT hashed again — the JS libraries
    /// the docs use sign the given digest; docs/protocol.md, Keys and signatures).
    /// </summary>
    public string SignDigest(ReadOnlySpan<byte> digest) => SignDigest(digest, Secp256k1Selection.Current);

    /// <summary>Signs with a chosen implementation; the differential tests compare the two.</summary>
    internal string SignDigest(ReadOnlySpan<byte> digest, Secp256k1Backend backend)
    {
        if (digest.Length != DigestBytes)
        {
            throw new ArgumentException($"A digest must be {DigestBytes} bytes; got {digest.Length}.", nameof(digest));
        }

        // r || s || v in one buffer, so the hex text is a single allocation.
        Span<byte> signature = stackalloc byte[65];
        var recoveryId = backend == Secp256k1Backend.Native
            ? SignNative(digest, signature[..64])
            : SignManaged(digest, signature[..64]);
        signature[64] = (byte)(RecoveryIdOffset + recoveryId);
        return Convert.ToHexStringLower(signature);
    }

    // Both libraries sign with RFC 6979 nonces, normalise s to the low half and flip the recovery id
    // accordingly, so the id we get is the real one for the signature we emit.
    private int SignManaged(ReadOnlySpan<byte> digest, Span<byte> compact)
    {
        if (!_key.TrySignRecoverable(digest, out var signature) || signature is null)
        {
            throw new CryptographicException("secp256k1 signing failed.");
        }

        signature.WriteToSpanCompact(compact, out var recoveryId);
        return recoveryId;
    }

    private int SignNative(ReadOnlySpan<byte> digest, Span<byte> compact) =>
        NativeSecp256k1.TrySignRecoverable(_secret, digest, compact, out var recoveryId)
            ? recoveryId
            : throw new CryptographicException("secp256k1 signing failed.");

    public override string ToString() => "OpenchargePrivateKey(redacted)";

    private static bool TryCreate(string? hex, out OpenchargePrivateKey? key, out string error)
    {
        key = null;
        if (hex is null)
        {
            error = "A private key is required.";
            return false;
        }

        var digits = HexText.StripOptional0x(hex.AsSpan().Trim());
        if (digits.Length != KeyBytes * 2)
        {
            error = $"A private key must be {KeyBytes * 2} hex characters (optionally prefixed with 0x); got {digits.Length} characters.";
            return false;
        }

        Span<byte> bytes = stackalloc byte[KeyBytes];
        try
        {
            if (!HexText.TryDecodeExact(digits, bytes))
            {
                error = "A private key must contain only hex characters 0-9, a-f, A-F.";
                return false;
            }

            if (!ECPrivKey.TryCreate(bytes, Context.Instance, out var ecKey) || ecKey is null)
            {
                error = "The private key is not a valid secp256k1 scalar (it must be between 1 and n-1).";
                return false;
            }

            key = new OpenchargePrivateKey(ecKey);
            error = string.Empty;
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
