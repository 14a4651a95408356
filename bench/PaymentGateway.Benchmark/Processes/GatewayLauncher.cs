using System.Globalization;
using PaymentGateway.Benchmark.Network;

namespace PaymentGateway.Benchmark.Processes;

/// <summary>
/// Starts the gateway's Release build as its own process, configured only through the environment, the way an
/// operator would run it, and knowing the merchant gateway (300) and the merchant (500) through their metadata URLs.
/// </summary>
internal static class GatewayLauncher
{
    /// <param name="settings">More configuration for this scenario (environment variable names, e.g. Hangfire__Server__Enabled).</param>
    public static Task<ServerProcess> StartAsync(string gatewayDll, BenchNetwork network, PartnerServer partners,
        ThrowawayDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(gatewayDll))
            throw new FileNotFoundException($"{gatewayDll} is missing; build it first: dotnet build src/Host -c Release");
        var port = LoopbackPorts.Free();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__PaymentGateway"] = database.ConnectionString,
            ["Opencharge__Ocid"] = network.Gateway.Ocid.ToString(CultureInfo.InvariantCulture),
            ["Opencharge__PrivateKey"] = network.Gateway.Key.ToHex(),
            ["Opencharge__BaseUrl"] = baseUrl.ToString().TrimEnd('/'),
            ["Opencharge__AllowInsecureMetadata"] = "true",
            [$"Opencharge__Directory__{network.MerchantGateway.Ocid}"] = partners.MetadataUrl(network.MerchantGateway.Ocid),
            [$"Opencharge__Directory__{network.Merchant.Ocid}"] = partners.MetadataUrl(network.Merchant.Ocid),
            ["ASPNETCORE_URLS"] = baseUrl.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            environment[key] = value;
        // Generous: the first start applies every module's migrations to the fresh database.
        return ServerProcess.StartAsync("gateway", gatewayDll, [], environment, baseUrl, "/opencharge/metadata.json",
            TimeSpan.FromSeconds(120));
    }
}
