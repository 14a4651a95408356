using System.Security.Cryptography;
using PaymentGateway.Testing;

namespace PaymentGateway.EndToEndTests.Infrastructure;

/// <summary>
/// The parties as real processes: the payment gateway (OCID 200, fresh PostgreSQL database) and the sandbox
/// merchant (500) with its merchant gateway (300) and its bank (100, a settlement provider the gateway accepts), each
/// registered in the other's directory, on free loopback ports. Wired like scripts/run.sh does it, so these tests also
/// cover the newcomer's path.
/// </summary>
public abstract class ShopEnvironment : IAsyncLifetime
{
    private static readonly TimeSpan AppStartTimeout = TimeSpan.FromSeconds(90);

    private readonly TimeSpan? _sessionLifetime;
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("pg-e2e-").FullName;
    private ThrowawayDatabase? _database;
    private ServerProcess? _sandbox;
    private ServerProcess? _gateway;

    protected ShopEnvironment(TimeSpan? sessionLifetime) => _sessionLifetime = sessionLifetime;

    public string ShopUrl { get; private set; } = "";

    public string GatewayUrl { get; private set; } = "";

    public string OperatorName => "admin";

    /// <summary>Random per run, like scripts/run.sh's .local/dashboard-password.</summary>
    public string OperatorPassword { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    internal ThrowawayDatabase Database => _database ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var gatewayPort = LoopbackPorts.Free();
        var sandboxPort = LoopbackPorts.Free();
        GatewayUrl = $"http://127.0.0.1:{gatewayPort}";
        ShopUrl = $"http://127.0.0.1:{sandboxPort}";
        _database = await ThrowawayDatabase.CreateAsync(TestPostgres.Required, "pg_e2e");

        // The sandbox first: the gateway only fetches partner metadata when a partner calls, but the sandbox is quick.
        _sandbox = await StartAppAsync("sandbox", TestPaths.SandboxDll, ShopUrl, "/merchant/metadata.json", new Dictionary<string, string>
        {
            ["Sandbox__BaseUrl"] = ShopUrl,
            ["Sandbox__GatewayBaseUrl"] = GatewayUrl,
            ["Sandbox__DataFolder"] = Path.Combine(_dataFolder, "sandbox"),
            ["Logging__LogLevel__Default"] = "Information",
        });

        var gateway = new Dictionary<string, string>
        {
            ["ConnectionStrings__PaymentGateway"] = _database.ConnectionString,
            ["Opencharge__Ocid"] = "200",
            // A random secp256k1 key: 32 random bytes are a valid key with overwhelming probability.
            ["Opencharge__PrivateKey"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            ["Opencharge__BaseUrl"] = GatewayUrl,
            ["Opencharge__AllowInsecureMetadata"] = "true",
            ["Opencharge__Directory__500"] = ShopUrl + "/merchant/metadata.json",
            ["Opencharge__Directory__300"] = ShopUrl + "/mg/metadata.json",
            ["Opencharge__Directory__100"] = ShopUrl + "/bank/metadata.json",
            ["Opencharge__SettlementAccepts__0"] = "100",
            // An operator, as scripts/run.sh configures one, for the ledger's operator views.
            ["Hangfire__Dashboard__Users__0__Name"] = OperatorName,
            ["Hangfire__Dashboard__Users__0__Password"] = OperatorPassword,
            ["Hangfire__Dashboard__Users__0__Role"] = "admin",
            ["Outbox__PollInterval"] = "00:00:00.500",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        };
        if (_sessionLifetime is { } lifetime)
            gateway["Checkout__SessionLifetime"] = lifetime.ToString("c");
        _gateway = await StartAppAsync("gateway", TestPaths.GatewayDll, GatewayUrl, "/opencharge/metadata.json", gateway);
    }

    /// <summary>Starts an app from its built DLL on <paramref name="url"/>, waiting until <paramref name="readyPath"/> answers 200.</summary>
    private static Task<ServerProcess> StartAppAsync(string name, string dll, string url, string readyPath, IReadOnlyDictionary<string, string> environment) =>
        ServerProcess.StartAsync(name, dll, ["--urls", url], environment, new Uri(url), readyPath, AppStartTimeout, keptLines: int.MaxValue);

    /// <summary>Stops an app and keeps all it printed in the artifacts folder, so a failed test can show what the app said.</summary>
    private static async Task StopAppAsync(ServerProcess? app)
    {
        if (app is null)
            return;
        var log = Path.Combine(TestPaths.ArtifactFolder("e2e-logs"), $"{app.Name}-{app.Pid}.log");
        await app.DisposeAsync();
        app.SaveOutput(log);
    }

    /// <summary>What both apps printed lately, for assertion messages.</summary>
    public string Logs() =>
        $"--- gateway ---{Environment.NewLine}{_gateway?.Tail()}{Environment.NewLine}--- sandbox ---{Environment.NewLine}{_sandbox?.Tail()}";

    public async ValueTask DisposeAsync()
    {
        await StopAppAsync(_gateway);
        await StopAppAsync(_sandbox);
        if (_database is not null)
            await _database.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        GC.SuppressFinalize(this);
    }
}
