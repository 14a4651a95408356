using System.Globalization;
using System.Security.Cryptography;

namespace PaymentGateway.Opencharge;

/// <summary>Request authentication (docs/protocol.md, Signed requests).</summary>
public static class RequestSigning
{
    private const string NoncePrefix = "req_";

    /// <summary>
    /// Six LF-joined lines, no trailing LF: ocid, timestamp, nonce, METHOD, path+query, body SHA-256 hex.
    /// The method is upper-cased because the spec defines it so and some clients send lowercase verbs.
    /// </summary>
    public static string CanonicalRequest(string ocid, string timestamp, string nonce, string method, string pathAndQuery, string bodySha256Hex)
    {
        ArgumentNullException.ThrowIfNull(ocid);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        ArgumentNullException.ThrowIfNull(bodySha256Hex);
        return string.Join('\n', ocid, timestamp, nonce, method.ToUpperInvariant(), pathAndQuery, bodySha256Hex);
    }

    /// <summary>
    /// Outbound strict form: full path with base prefix and query, hash of the exact body bytes that will be sent
    /// (empty body ⇒ SHA-256 of ""), decimal OCID and timestamp without leading zeros.
    /// </summary>
    public static SignedRequestHeaders Sign(OpenchargePrivateKey key, long ocid, long unixTimestamp, string nonce, string method, string pathAndQuery, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegative(ocid);
        ArgumentOutOfRangeException.ThrowIfNegative(unixTimestamp);
        ArgumentException.ThrowIfNullOrEmpty(nonce);

        var ocidText = ocid.ToString(CultureInfo.InvariantCulture);
        var timestampText = unixTimestamp.ToString(CultureInfo.InvariantCulture);
        var canonical = CanonicalRequest(ocidText, timestampText, nonce, method, pathAndQuery, Sha256Hex.Of(body));
        return new SignedRequestHeaders(ocidText, timestampText, nonce, key.Sign(canonical));
    }

    /// <summary><c>req_</c> + 32 lowercase hex from 16 CSPRNG bytes, as the reference SDK does.</summary>
    public static string NewNonce()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return NoncePrefix + Convert.ToHexStringLower(bytes);
    }

    /// <summary>
    /// Inbound lenient profile (docs/protocol.md, Signed requests): accepts if any (path form × body hash) combination verifies.
    /// Path forms: raw path+query, without query, and relative to <paramref name="basePath"/> (with, then without query).
    /// Body hashes: SHA-256 of the raw bytes; for an empty body also SHA-256 of <c>{}</c> (Express + body-parser 1.x).
    /// Signature forms: 130/128 hex or DER, any case; high-S rejected. Never throws on malformed input.
    /// Header values are compared as received (they are signed as text).
    /// </summary>
    public static bool Verify(OpenchargePublicKey key, string ocid, string timestamp, string nonce, string signature, string method, string rawPathAndQuery, string? basePath, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ocid is null || timestamp is null || nonce is null || method is null || rawPathAndQuery is null
            || !SignatureText.TryParse(signature, out var parsed))
        {
            return false;
        }

        // A line break inside a header would shift the canonical lines; HTTP forbids it anyway.
        if (ContainsLineBreak(ocid) || ContainsLineBreak(timestamp) || ContainsLineBreak(nonce)
            || ContainsLineBreak(method) || ContainsLineBreak(rawPathAndQuery))
        {
            return false;
        }

        // Hash the body once; the common strict case verifies on the first combination.
        var bodyHashes = body.IsEmpty
            ? new[] { Sha256Hex.OfEmpty, Sha256Hex.OfEmptyObject }
            : new[] { Sha256Hex.Of(body) };

        // The strict form (the raw path and query, which RequestPathCandidates lists first) is what nearly every peer
        // signs: it is tried before the other candidates are even worked out.
        if (VerifiesWithAny(key, parsed!, ocid, timestamp, nonce, method, rawPathAndQuery, bodyHashes))
        {
            return true;
        }

        foreach (var path in RequestPathCandidates.For(rawPathAndQuery, basePath))
        {
            if (!string.Equals(path, rawPathAndQuery, StringComparison.Ordinal)
                && VerifiesWithAny(key, parsed!, ocid, timestamp, nonce, method, path, bodyHashes))
            {
                return true;
            }
        }

        return false;
    }

    private static bool VerifiesWithAny(OpenchargePublicKey key, NBitcoin.Secp256k1.SecpECDSASignature signature, string ocid, string timestamp,
        string nonce, string method, string path, string[] bodyHashes)
    {
        foreach (var bodyHash in bodyHashes)
        {
            if (key.Verify(Sha256Hex.DigestOf(CanonicalRequest(ocid, timestamp, nonce, method, path, bodyHash)), signature))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsLineBreak(string value) => value.AsSpan().IndexOfAny('\n', '\r') >= 0;
}
