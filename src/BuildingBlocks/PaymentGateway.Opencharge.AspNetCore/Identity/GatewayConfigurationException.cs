namespace PaymentGateway.Opencharge.AspNetCore.Identity;

/// <summary>Configuration that stops the gateway from starting; the message lists every setting to fix.</summary>
public sealed class GatewayConfigurationException(IReadOnlyList<string> problems)
    : Exception("The gateway is not configured correctly:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
