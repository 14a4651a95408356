using System.Diagnostics;
using System.Net;
using PaymentGateway.Benchmark.Report;

namespace PaymentGateway.Benchmark.Load;

/// <summary>
/// Closed-loop load on one server: exactly <see cref="Connections"/> workers, each with one request in flight at a time
/// over a pool of that many keep-alive connections. Requests come from a pre-built pool, each sent once. Measured
/// windows may be run in several slices (interleaved with another server's) and add up to one result.
/// </summary>
internal sealed class LoadRunner : IDisposable
{
    public const int Connections = 32;
    private const int MaxErrorBodyChars = 2000;

    private readonly HttpClient _client;
    private readonly Uri _url;
    private readonly WorkerLog[] _logs;
    private PreparedRequest[] _pool = [];
    private int _next = -1;
    private bool _exhausted;
    private TimeSpan _measured;
    private string? _firstError;
    private int _succeeded;

    /// <param name="connections">Workers (and keep-alive connections); several hosts loaded at once share the usual total.</param>
    public LoadRunner(Uri baseUrl, string path, int connections = Connections)
    {
        _logs = [.. Enumerable.Range(0, connections).Select(_ => new WorkerLog())];
        _client = BenchHttpClient.Create();
        _url = new Uri(baseUrl, path);
    }

    /// <summary>Replaces the requests still to send: fresh ones for each slice, so no timestamp gets near 300 s old.</summary>
    public void Use(PreparedRequest[] pool)
    {
        _pool = pool;
        _next = -1;
    }

    /// <summary>
    /// Runs unmeasured load for <paramref name="duration"/> counted from the server's first answer (its cold start: JIT,
    /// connection and DbContext pools, the metadata fetch, can take seconds on a busy machine and is not warm-up).
    /// Returns the throughput of the second half (requests/s), to size the next pool.
    /// </summary>
    public async Task<double> WarmUpAsync(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var length = (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long until = long.MaxValue, half = long.MaxValue;
        var lateHalf = 0;
        await RunWorkersAsync(() => Volatile.Read(ref until), clock, countLate: true, (log, ok, _, ended) =>
        {
            if (Interlocked.CompareExchange(ref until, ended + length, long.MaxValue) == long.MaxValue)
                Volatile.Write(ref half, ended + length / 2);
            if (ended >= Volatile.Read(ref half))
                Interlocked.Increment(ref lateHalf);
            if (!ok)
                log.UncountedErrors++;
        });
        _exhausted = false; // a warm-up cut short by its small pool is harmless
        var secondHalf = (double)(clock.ElapsedTicks - half) / Stopwatch.Frequency;
        return lateHalf > 0 && secondHalf > 0 ? lateHalf / secondHalf : double.NaN;
    }

    /// <summary>
    /// Runs one measured slice and returns its throughput. A slice cut short by an empty pool counts only the time it ran.
    /// </summary>
    public async Task<double> MeasureAsync(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var completed = 0;
        var until = (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await RunWorkersAsync(() => until, clock, countLate: false, (log, ok, started, ended) =>
        {
            Interlocked.Increment(ref completed);
            log.LatenciesMs.Add((ended - started) * 1000.0 / Stopwatch.Frequency);
            if (!ok)
                log.Errors++;
        });
        var window = clock.Elapsed < duration ? clock.Elapsed : duration;
        _measured += window;
        return completed / window.TotalSeconds;
    }

    /// <summary>Every 200 answer so far, warm-up and answers after a window closed included: what the database holds.</summary>
    public int Succeeded => Volatile.Read(ref _succeeded);

    public LoadResult Result()
    {
        var latencies = _logs.SelectMany(l => l.LatenciesMs).Order().ToArray();
        return new LoadResult(latencies.Length, _logs.Sum(l => l.Errors), _logs.Sum(l => l.UncountedErrors), _measured,
            Percentiles.Of(latencies, 0.50), Percentiles.Of(latencies, 0.99), _firstError, _exhausted);
    }

    private async Task RunWorkersAsync(Func<long> until, Stopwatch clock, bool countLate, Action<WorkerLog, bool, long, long> record)
    {
        await Task.WhenAll(_logs.Select(log => Task.Run(() => WorkAsync(log, clock, until, countLate, record))));
    }

    private async Task WorkAsync(WorkerLog log, Stopwatch clock, Func<long> until, bool countLate, Action<WorkerLog, bool, long, long> record)
    {
        while (clock.ElapsedTicks < until())
        {
            var index = Interlocked.Increment(ref _next);
            if (index >= _pool.Length)
            {
                _exhausted = true;
                return;
            }
            var started = clock.ElapsedTicks;
            var ok = await SendAsync(_pool[index]);
            var ended = clock.ElapsedTicks;
            // In a measured window only answers that arrive inside it count; the ones in flight when it closes are dropped.
            if (countLate || ended <= until())
                record(log, ok, started, ended);
        }
    }

    private async Task<bool> SendAsync(PreparedRequest prepared)
    {
        using var request = prepared.ToHttpRequest(_url);
        try
        {
            using var response = await _client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Interlocked.Increment(ref _succeeded);
                // Read the body so the connection is reused and the latency covers the whole answer.
                await response.Content.ReadAsByteArrayAsync();
                return true;
            }
            var body = await response.Content.ReadAsStringAsync();
            RecordFirstError($"HTTP {(int)response.StatusCode}: {body}");
            return false;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            RecordFirstError($"{exception.GetType().Name}: {exception.Message}");
            return false;
        }
    }

    private void RecordFirstError(string text) =>
        Interlocked.CompareExchange(ref _firstError, text.Length > MaxErrorBodyChars ? text[..MaxErrorBodyChars] : text, null);

    public void Dispose() => _client.Dispose();
}
