using Microsoft.Extensions.Options;

namespace PaymentGateway.Opencharge.AspNetCore.Operators;

/// <summary>The configured operators, checked at start-up; answers who a pair of credentials belongs to.</summary>
public sealed class OperatorDirectory(IOptions<OperatorAccessOptions> options)
{
    // Compared when the user name is unknown, so that an unknown name costs about as much as a wrong password.
    private const string Decoy = "decoy-password-that-matches-nothing";

    private readonly IReadOnlyList<OperatorUser> _users = options.Value.Users;

    public bool IsEmpty => _users.Count == 0;

    public OperatorUser? Authenticate(BasicCredentials credentials)
    {
        var user = _users.FirstOrDefault(u => string.Equals(u.Name, credentials.UserName, StringComparison.Ordinal));
        if (user is null)
        {
            PasswordHashes.FixedTimeEquals(Decoy, credentials.Password);
            return null;
        }
        var valid = string.IsNullOrEmpty(user.PasswordHash)
            ? PasswordHashes.FixedTimeEquals(user.Password ?? "", credentials.Password)
            : PasswordHashes.Verify(user.PasswordHash, credentials.Password);
        return valid ? user : null;
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
        foreach (var duplicate in options.Users.GroupBy(u => u.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"{OperatorAccessOptions.Section}:Users: the name '{duplicate.Key}' is configured more than once.");
        return problems;
    }
}
