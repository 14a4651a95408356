using System.Collections.Concurrent;
using System.Diagnostics;

namespace PaymentGateway.EndToEndTests.Infrastructure;

/// <summary>
/// One of the apps under test, run from its built DLL with <c>dotnet</c> as a real child process. Its console output
/// is kept (and written to the artifacts folder at the end) so a failed start or test can show what the app said.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    // Inherited settings that would override what a test configures (or pick another environment's files).
    private static readonly string[] ClearedVariables =
        ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "URLS"];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    /// <summary>Starts <paramref name="dll"/> listening on <paramref name="url"/> and waits until <paramref name="readyPath"/> answers 200.</summary>
    public static async Task<AppProcess> StartAsync(string name, string dll, string url, string readyPath, IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{name}: {dll} does not exist; the test project should have built it (see its ProjectReferences).");

        var start = new ProcessStartInfo("dotnet")
        {
            // The app's folder is its content root, so its appsettings.json is the one next to the DLL.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        foreach (var variable in ClearedVariables)
            start.Environment.Remove(variable);
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(name, process);
        process.OutputDataReceived += (_, e) => app.Record(e.Data);
        process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilReadyAsync(new Uri(new Uri(url), readyPath));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>The last lines the app printed, for failure messages.</summary>
    public string Tail(int lines = 40) => string.Join(Environment.NewLine, _output.TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        SaveLog();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
            _output.Enqueue(line);
    }

    private async Task WaitUntilReadyAsync(Uri probe)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{Tail()}");
            try
            {
                using var response = await http.GetAsync(probe);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting (migrations, JIT); try again.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} did not answer {probe} within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Tail()}");
    }

    private void SaveLog()
    {
        try
        {
            var folder = TestPaths.ArtifactFolder("e2e-logs");
            File.WriteAllLines(Path.Combine(folder, $"{Name}-{_process.Id}.log"), _output);
        }
        catch (IOException)
        {
            // Logs are a convenience; never fail a test over them.
        }
    }
}
