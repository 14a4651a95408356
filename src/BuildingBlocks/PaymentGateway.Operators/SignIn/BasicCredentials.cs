using System.Text;

namespace PaymentGateway.Operators.SignIn;

/// <summary>The user name and password of an <c>Authorization: Basic</c> header (RFC 7617).</summary>
public readonly record struct BasicCredentials(string UserName, string Password)
{
    /// <summary>Parses <c>Basic base64(user:password)</c>; false for any other scheme or a malformed value.</summary>
    public static bool TryParse(string? header, out BasicCredentials credentials)
    {
        credentials = default;
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return false;
        var encoded = header["Basic ".Length..].Trim();
        if (encoded.Length == 0 || encoded.Length > 1024)
            return false;
        var buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var length))
            return false;
        string decoded;
        try
        {
            decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        // The user name cannot contain a colon; the password may (RFC 7617 section 2).
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            return false;
        credentials = new BasicCredentials(decoded[..colon], decoded[(colon + 1)..]);
        return true;
    }
}
