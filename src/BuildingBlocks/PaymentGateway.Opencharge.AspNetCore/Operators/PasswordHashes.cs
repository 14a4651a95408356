using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PaymentGateway.Opencharge.AspNetCore.Operators;

/// <summary>
/// Password checks in constant time. Plain passwords are compared as SHA-256 digests (fixed length, so the
/// comparison time says nothing about the length either); hashes are PBKDF2 with HMAC-SHA-256 in the form
/// <c>pbkdf2-sha256$iterations$salt-base64$hash-base64</c>.
/// </summary>
public static class PasswordHashes
{
    public const string Prefix = "pbkdf2-sha256";
    private const int DefaultIterations = 210_000; // OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256
    private const int MaxIterations = 10_000_000;

    public static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(actual)));

    public static string Hash(string password, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>True when <paramref name="encoded"/> has the expected form (checked at start-up).</summary>
    public static bool IsWellFormed(string encoded) => TryDecode(encoded, out _, out _, out _);

    public static bool Verify(string encoded, string password)
    {
        if (!TryDecode(encoded, out var iterations, out var salt, out var expected))
            return false;
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static bool TryDecode(string encoded, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != Prefix
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations is < 1 or > MaxIterations)
            return false;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length >= 8 && hash.Length >= 16;
    }
}
