using System.Globalization;

namespace PaymentGateway.Opencharge;

/// <summary>
/// Response signing (docs/protocol.md, Signed responses, a SHOULD): <c>ocid\ntimestamp\nstatus\nbodyhash</c>, no nonce. No published
/// verifier exists, so we sign ours but should not require signatures from others.
/// </summary>
public static class ResponseSigning
{
    public static string CanonicalResponse(string ocid, string timestamp, int statusCode, string bodySha256Hex)
    {
        ArgumentNullException.ThrowIfNull(ocid);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(bodySha256Hex);
        return string.Join('\n', ocid, timestamp, statusCode.ToString(CultureInfo.InvariantCulture), bodySha256Hex);
    }

    public static string Sign(OpenchargePrivateKey key, long ocid, long unixTimestamp, int statusCode, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegative(ocid);
        ArgumentOutOfRangeException.ThrowIfNegative(unixTimestamp);
        var canonical = CanonicalResponse(
            ocid.ToString(CultureInfo.InvariantCulture),
            unixTimestamp.ToString(CultureInfo.InvariantCulture),
            statusCode,
            Sha256Hex.Of(body));
        return key.Sign(canonical);
    }

    /// <summary>Verifies against the exact raw body bytes. Never throws on malformed input.</summary>
    public static bool Verify(OpenchargePublicKey key, string ocid, string timestamp, int statusCode, string signature, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ocid is null || timestamp is null || !SignatureText.TryParse(signature, out var parsed))
        {
            return false;
        }

        var canonical = CanonicalResponse(ocid, timestamp, statusCode, Sha256Hex.Of(body));
        return key.Verify(Sha256Hex.DigestOf(canonical), parsed!);
    }
}
