using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>
/// The built gateway (PaymentGateway.Host.dll, copied next to the tests by the project reference) as a real child
/// process on the test database, for what an in-process host cannot show: starting processes at the same moment,
/// and dying to SIGKILL with its database sessions cut by the operating system.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    /// <summary>
    /// Generous: three processes starting at once took about 6 s on a quiet machine and 60 s on a loaded one, where one
    /// of them once had not even finished migrating after 120 s. Only a process that never starts should fail here.
    /// </summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly ServerProcess _process;

    private GatewayProcess(ServerProcess process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int Id => _process.Pid;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the process without waiting for it; see <see cref="WaitUntilLiveAsync"/>.</summary>
    /// <param name="settings">Extra configuration in environment form, e.g. <c>Opencharge__Directory__300</c>.</param>
    public static GatewayProcess Start(string connectionString, string applicationName, IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseUrl = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Testing",
            // The application name marks this process's database sessions in pg_stat_activity.
            ["ConnectionStrings__PaymentGateway"] =
                new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName, MaxPoolSize = 20 }.ConnectionString,
            ["Opencharge__Ocid"] = GatewayHost.DefaultIdentity.Ocid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Opencharge__PrivateKey"] = GatewayHost.DefaultIdentity.Key.ToHex(),
            ["Opencharge__BaseUrl"] = baseUrl,
            ["Opencharge__AllowInsecureMetadata"] = "true",
            ["Hangfire__Server__WorkerCount"] = "2",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            environment[key] = value;
        var dll = Path.Combine(AppContext.BaseDirectory, "PaymentGateway.Host.dll");
        return new GatewayProcess(ServerProcess.Launch("gateway", dll, ["--urls", baseUrl], environment, new Uri(baseUrl)), baseUrl);
    }

    /// <summary>Waits until <c>/health/live</c> answers 200 (start-up, migrations included, is done); fails if the process exits first.</summary>
    public Task WaitUntilLiveAsync() => _process.WaitReadyAsync("/health/live", StartTimeout);

    /// <summary>SIGKILL: no shutdown code runs; the operating system closes the process's sockets.</summary>
    public Task KillHardAsync() => _process.KillHardAsync();

    public void Pause() => PosixSignals.Stop(_process.Pid);

    public void Resume() => PosixSignals.Continue(_process.Pid);

    /// <summary>The last lines the process printed, for failure messages.</summary>
    public string Tail(int lines = 40) => _process.Tail(lines);

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
