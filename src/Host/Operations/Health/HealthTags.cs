namespace PaymentGateway.Host.Operations.Health;

/// <summary>
/// Tags that decide which endpoint runs a health check. <c>/health/live</c> runs none (the process answers, so it is
/// alive); <c>/health/ready</c> runs every check tagged <see cref="Ready"/>. A dependency added later (the Hangfire
/// server, say) only needs <c>services.AddHealthChecks().AddCheck&lt;T&gt;(name, tags: [HealthTags.Ready])</c>.
/// </summary>
internal static class HealthTags
{
    public const string Ready = "ready";
}
