using Microsoft.Extensions.Options;

namespace PaymentGateway.Operators.SignIn;

/// <summary>
/// The configured operators, checked at start-up; answers who a pair of credentials belongs to. Every check costs the
/// same whatever the name: all names are compared, and the PBKDF2 work is padded to that of the most expensive
/// configured hash, so an unknown name (or a plain-password user) takes as long as a hashed user's wrong password and
/// the answer time does not tell which names exist.
/// </summary>
public sealed class OperatorDirectory(IOptions<OperatorAccessOptions> options)
{
    // Compared when the user name is unknown, so that an unknown name costs what a plain password's comparison does.
    private const string Decoy = "decoy-password-that-matches-nothing";

    private readonly IReadOnlyList<OperatorUser> _users = options.Value.Users;

    private readonly int _pbkdf2Work = options.Value.Users
        .Select(user => string.IsNullOrEmpty(user.PasswordHash) ? 0 : PasswordHashes.IterationsOf(user.PasswordHash))
        .DefaultIfEmpty(0).Max();

    public bool IsEmpty => _users.Count == 0;

    public OperatorUser? Authenticate(BasicCredentials credentials) => Check(credentials).User;

    internal SignInCheck Check(BasicCredentials credentials)
    {
        OperatorUser? user = null;
        foreach (var candidate in _users)
        {
            // No early exit and a fixed-time comparison: the time does not say how far down the list a name is.
            if (PasswordHashes.FixedTimeEquals(candidate.Name, credentials.UserName))
                user ??= candidate;
        }

        var valid = false;
        var spent = 0;
        if (user is null)
            PasswordHashes.FixedTimeEquals(Decoy, credentials.Password);
        else if (string.IsNullOrEmpty(user.PasswordHash))
            valid = PasswordHashes.FixedTimeEquals(user.Password ?? "", credentials.Password);
        else
            valid = PasswordHashes.Verify(user.PasswordHash, credentials.Password, out spent);
        spent += PasswordHashes.SpendWork(credentials.Password, _pbkdf2Work - spent);
        return new SignInCheck(valid ? user : null, spent);
    }

    /// <summary>What is wrong with the configured users, one line per setting to fix (never echoing a password).</summary>
    public static IReadOnlyList<string> Validate(OperatorAccessOptions options)
    {
        var problems = new List<string>();
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            var key = $"{OperatorAccessOptions.Section}:Users:{i}";
            if (string.IsNullOrWhiteSpace(user.Name) || user.Name.Contains(':', StringComparison.Ordinal))
                problems.Add($"{key}:Name is required and may not contain ':'.");
            if (user.Role is not (OperatorAccess.AdminRole or OperatorAccess.ReadOnlyRole))
                problems.Add($"{key}:Role must be '{OperatorAccess.AdminRole}' or '{OperatorAccess.ReadOnlyRole}'.");
            if (string.IsNullOrEmpty(user.Password) && string.IsNullOrEmpty(user.PasswordHash))
                problems.Add($"{key}: set Password or PasswordHash.");
            if (!string.IsNullOrEmpty(user.PasswordHash) && !PasswordHashes.IsWellFormed(user.PasswordHash))
                problems.Add($"{key}:PasswordHash must look like {PasswordHashes.Prefix}$<iterations>$<salt base64>$<hash base64>.");
        }
        if (options.FailedSignInLimit < 1)
            problems.Add($"{OperatorAccessOptions.Section}:FailedSignInLimit must be at least 1.");
        if (options.FailedSignInWindow <= TimeSpan.Zero)
            problems.Add($"{OperatorAccessOptions.Section}:FailedSignInWindow must be positive (e.g. 00:01:00).");
        foreach (var duplicate in options.Users.GroupBy(u => u.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"{OperatorAccessOptions.Section}:Users: the name '{duplicate.Key}' is configured more than once.");
        return problems;
    }
}
