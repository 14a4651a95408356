using System.Collections.Concurrent;
using System.Diagnostics;

namespace PaymentGateway.Testing;

/// <summary>
/// A server under test running as its own <c>dotnet &lt;dll&gt;</c> process (so its CPU, memory and GC are its own),
/// configured only through arguments and environment variables. Its output is kept to explain a failed start (the
/// last lines, or all of it for a log file).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>Inherited settings that would override what the caller configures (or pick another environment's files).</summary>
    private static readonly string[] ClearedVariables =
        ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "URLS"];

    private readonly Process _process;
    private readonly int _keptLines;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerProcess(string name, Process process, Uri baseUrl, int keptLines)
    {
        Name = name;
        _process = process;
        BaseUrl = baseUrl;
        _keptLines = keptLines;
    }

    public string Name { get; }

    public Uri BaseUrl { get; }

    public int Pid => _process.Id;

    public long? PeakResidentBytes() => ProcessMemory.PeakResidentBytes(_process.Id);

    /// <summary>
    /// CPU time (user + system) the server has used so far. Per request, it says how much work the server does
    /// regardless of how much of the machine it got, which throughput alone cannot on a shared machine.
    /// </summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Starts the process and waits until <paramref name="readyPath"/> answers 200.</summary>
    /// <param name="keptLines">How many of the last output lines to keep (<see cref="Tail"/>, <see cref="SaveOutput"/>).</param>
    public static async Task<ServerProcess> StartAsync(string name, string dll, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment, Uri baseUrl, string readyPath, TimeSpan timeout, int keptLines = 40)
    {
        var server = Launch(name, dll, arguments, environment, baseUrl, keptLines);
        try
        {
            await server.WaitReadyAsync(readyPath, timeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the process without waiting for it (to start several at the same moment); see <see cref="WaitReadyAsync"/>.</summary>
    public static ServerProcess Launch(string name, string dll, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment, Uri baseUrl, int keptLines = 40)
    {
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{name}: {dll} does not exist; build it first.");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The gateway reads appsettings.json from its content root, which defaults to the working directory.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var variable in ClearedVariables)
            info.Environment.Remove(variable);
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
            info.Environment[key] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {name}");
        var server = new ServerProcess(name, process, baseUrl, keptLines);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits until <paramref name="readyPath"/> answers 200; fails if the process exits first.</summary>
    public async Task WaitReadyAsync(string readyPath, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting:\n{Tail()}");
            try
            {
                using var response = await client.GetAsync(readyPath);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting (migrations).
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} did not answer {readyPath} within {timeout.TotalSeconds:0} s:\n{Tail()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > _keptLines)
            _output.TryDequeue(out _);
    }

    /// <summary>The last lines the server wrote, for failure messages.</summary>
    public string Tail(int lines = 40) => string.Join('\n', _output.TakeLast(lines));

    /// <summary>Writes the kept output to <paramref name="path"/>; a log is a convenience, so a failure is ignored.</summary>
    public void SaveOutput(string path)
    {
        try
        {
            File.WriteAllLines(path, _output);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>SIGKILL: no shutdown code runs; the operating system closes the process's sockets.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Killed, not stopped gracefully: nothing of the run's state is kept, and the databases are dropped with FORCE.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
