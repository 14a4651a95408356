using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PaymentGateway.Operators.SignIn;

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
    private static readonly byte[] DecoySalt = RandomNumberGenerator.GetBytes(16);

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

    public static bool Verify(string encoded, string password) => Verify(encoded, password, out _);

    /// <param name="iterations">The PBKDF2 iterations spent (0 for a malformed hash), so a caller can even out the work.</param>
    public static bool Verify(string encoded, string password, out int iterations)
    {
        if (!TryDecode(encoded, out iterations, out var salt, out var expected))
        {
            iterations = 0;
            return false;
        }
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>The iteration count of a well-formed hash, else 0.</summary>
    public static int IterationsOf(string encoded) => TryDecode(encoded, out var iterations, out _, out _) ? iterations : 0;

    /// <summary>
    /// Spends exactly the work of verifying <paramref name="password"/> against a hash of <paramref name="iterations"/>
    /// iterations, and throws the result away: what a sign-in does when there is no such hash to check.
    /// </summary>
    /// <returns>The iterations spent (none for a count below 1).</returns>
    public static int SpendWork(string password, int iterations)
    {
        if (iterations < 1)
            return 0;
        Rfc2898DeriveBytes.Pbkdf2(password, DecoySalt, iterations, HashAlgorithmName.SHA256, 32);
        return iterations;
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
