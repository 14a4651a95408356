using System.Globalization;
using System.Text.Json;
using PaymentGateway.Benchmark.Cli;
using PaymentGateway.Benchmark.Network;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Benchmark.Baseline;

/// <summary>Starts this same executable as <c>baseline-server</c> in a child process, on its own fresh database.</summary>
internal static class BaselineLauncher
{
    /// <param name="crypto">The secp256k1 library the baseline signs and verifies with.</param>
    /// <param name="pool">The connection pool settings it runs with (<see cref="BaselinePoolSettings"/>).</param>
    public static Task<ServerProcess> StartAsync(BenchNetwork network, ThrowawayDatabase database, string gatewayDll, Secp256k1Backend crypto,
        BaselinePool pool)
    {
        var port = LoopbackPorts.Free();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var environment = new Dictionary<string, string>
        {
            [BaselineSettings.ConnectionVariable] = BaselinePoolSettings.Apply(database.ConnectionString, pool),
            [BaselineSettings.CallerOcidVariable] = network.MerchantGateway.Ocid.ToString(CultureInfo.InvariantCulture),
            [BaselineSettings.CallerKeyVariable] = network.MerchantGateway.Key.PublicKey.ToHex(),
            [BaselineSettings.MerchantKeyVariable] = network.Merchant.Key.PublicKey.ToHex(),
            [BaselineSettings.BaseUrlVariable] = baseUrl.ToString().TrimEnd('/'),
            ["ASPNETCORE_URLS"] = baseUrl.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            // The same GC as the gateway (a web project: server GC), else the comparison measures GC modes.
            ["DOTNET_gcServer"] = GatewayUsesServerGc(gatewayDll) ? "1" : "0",
            // Responses are signed like the gateway's (docs/protocol.md, Signed responses), with a key of the baseline's own.
            [BaselineSettings.SigningOcidVariable] = network.Gateway.Ocid.ToString(CultureInfo.InvariantCulture),
            [BaselineSettings.SigningKeyVariable] = OpenchargePrivateKey.Generate().ToHex(),
            [Secp256k1Selection.EnvironmentVariable] = crypto == Secp256k1Backend.Managed ? "managed" : "native",
        };
        var self = typeof(BaselineLauncher).Assembly.Location;
        return ServerProcess.StartAsync("baseline", self, [BaselineServer.CommandName], environment, baseUrl,
            "/opencharge/metadata.json", TimeSpan.FromSeconds(60));
    }

    private static bool GatewayUsesServerGc(string gatewayDll)
    {
        var runtimeConfig = Path.ChangeExtension(gatewayDll, ".runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(runtimeConfig));
        return document.RootElement.TryGetProperty("runtimeOptions", out var options)
            && options.TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty("System.GC.Server", out var server)
            && server.ValueKind == JsonValueKind.True;
    }
}
