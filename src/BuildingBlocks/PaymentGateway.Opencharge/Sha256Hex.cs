using System.Security.Cryptography;
using System.Text;

namespace PaymentGateway.Opencharge;

/// <summary>Lowercase hex SHA-256, the form every Opencharge canonical string uses for body hashes.</summary>
public static class Sha256Hex
{
    public const string OfEmpty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>
    /// SHA-256 of <c>{}</c>: what Express 4 + body-parser 1.x verifiers hash for a body-less request (docs/protocol.md, contradiction B4).
    /// </summary>
    internal const string OfEmptyObject = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

    public static string Of(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(data, digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Hashes the UTF-8 bytes of the text (lone surrogates become U+FFFD, as in Node and TextEncoder).</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The raw 32-byte digest of the UTF-8 text: what gets signed.</summary>
    internal static byte[] DigestOf(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
