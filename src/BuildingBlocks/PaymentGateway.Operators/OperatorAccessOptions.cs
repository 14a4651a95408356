namespace PaymentGateway.Operators;

/// <summary>
/// The <c>Hangfire:Dashboard</c> section. Its users sign in to the dashboard and the operator API alike; the section
/// keeps the name operators (and the e2e run script) already use.
/// </summary>
public sealed class OperatorAccessOptions
{
    public const string Section = "Hangfire:Dashboard";

    public List<OperatorUser> Users { get; set; } = [];

    /// <summary>
    /// Local development only: loopback requests without credentials are let in as an admin. Honoured only in the
    /// Development environment; everywhere else (and by default) no credentials means 401.
    /// </summary>
    public bool AllowAnonymousLocal { get; set; }

    /// <summary>Failed sign-ins one client address may make per <see cref="FailedSignInWindow"/>; beyond that 429.</summary>
    public int FailedSignInLimit { get; set; } = 10;

    public TimeSpan FailedSignInWindow { get; set; } = TimeSpan.FromMinutes(1);
}
