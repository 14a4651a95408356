namespace PaymentGateway.Operators;

/// <summary>One entry of <c>Hangfire:Dashboard:Users</c>. Either <see cref="Password"/> or <see cref="PasswordHash"/>.</summary>
public sealed class OperatorUser
{
    public string Name { get; set; } = "";

    public string? Password { get; set; }

    /// <summary><c>pbkdf2-sha256$iterations$salt-base64$hash-base64</c>, see <see cref="SignIn.PasswordHashes"/>.</summary>
    public string? PasswordHash { get; set; }

    /// <summary><c>admin</c> or <c>read-only</c>.</summary>
    public string Role { get; set; } = "";
}
