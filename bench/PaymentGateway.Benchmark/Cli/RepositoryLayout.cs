namespace PaymentGateway.Benchmark.Cli;

/// <summary>Where the gateway's Release build sits below the repository (found by the toolkit's <see cref="Repository"/>).</summary>
internal static class RepositoryLayout
{
    public static string GatewayDll(string root) =>
        Path.Combine(root, "src", "Host", "bin", "Release", "net10.0", "PaymentGateway.Host.dll");
}
