using System.Collections.Concurrent;
using System.Diagnostics;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Testing;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>
/// The built gateway (PaymentGateway.Host.dll, copied next to the tests by the project reference) as a real child
/// process on the test database, for what an in-process host cannot show: starting processes at the same moment,
/// and dying to SIGKILL with its database sessions cut by the operating system.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private GatewayProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the process without waiting for it; see <see cref="WaitUntilLiveAsync"/>.</summary>
    /// <param name="settings">Extra configuration in environment form, e.g. <c>Opencharge__Directory__300</c>.</param>
    public static GatewayProcess Start(string connectionString, string applicationName, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = LoopbackPorts.Free();
        var baseUrl = $"http://127.0.0.1:{port}";
        var dll = Path.Combine(AppContext.BaseDirectory, "PaymentGateway.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        foreach (var variable in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "URLS" })
            start.Environment.Remove(variable);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        // The application name marks this process's database sessions in pg_stat_activity.
        start.Environment["ConnectionStrings__PaymentGateway"] =
            new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName, MaxPoolSize = 20 }.ConnectionString;
        start.Environment["Opencharge__Ocid"] = GatewayHost.DefaultIdentity.Ocid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Opencharge__PrivateKey"] = GatewayHost.DefaultIdentity.Key.ToHex();
        start.Environment["Opencharge__BaseUrl"] = baseUrl;
        start.Environment["Opencharge__AllowInsecureMetadata"] = "true";
        start.Environment["Hangfire__Server__WorkerCount"] = "2";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var gateway = new GatewayProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => gateway.Record(e.Data);
        process.ErrorDataReceived += (_, e) => gateway.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return gateway;
    }

    /// <summary>Waits until <c>/health/live</c> answers 200 (start-up, migrations included, is done); fails if the process exits first.</summary>
    public async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The gateway process exited with code {_process.ExitCode} while starting:{Environment.NewLine}{Tail()}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "/health/live"));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or busy starting.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The gateway process was not live within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Tail()}");
    }

    /// <summary>SIGKILL: no shutdown code runs; the operating system closes the process's sockets.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public void Pause() => PosixSignals.Stop(_process.Id);

    public void Resume() => PosixSignals.Continue(_process.Id);

    /// <summary>The last lines the process printed, for failure messages.</summary>
    public string Tail(int lines = 40) => string.Join(Environment.NewLine, _output.TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
            _output.Enqueue(line);
    }
}
