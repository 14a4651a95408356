using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using PaymentGateway.Checkout;
using PaymentGateway.Checkout.Features.ExpireSessions;

namespace PaymentGateway.Benchmark.Database;

/// <summary>
/// The gateway's expiry sweep, run in this process: the production <see cref="ExpireDueSessionsJob"/> over the
/// production <see cref="SessionExpirer"/>, so the same SQL in the same batches; only Hangfire's scheduling is left
/// out (the job's body is what takes the time, and calling it directly times exactly that).
/// </summary>
internal sealed class ExpirySweep(NpgsqlDataSource dataSource, int? batchSize)
{
    /// <summary>The batch size the gateway uses unless Checkout:Expiry:SweepBatchSize says otherwise.</summary>
    public int BatchSize { get; } = batchSize ?? new ExpiryOptions().SweepBatchSize;

    public async Task<(int Expired, TimeSpan Elapsed)> RunAsync()
    {
        using var meters = new BenchmarkMeterFactory();
        var sweeper = new DueSessionSweeper(new SessionExpirer(dataSource, TimeProvider.System),
            Options.Create(new ExpiryOptions { SweepBatchSize = BatchSize }), new CheckoutMetrics(meters), TimeProvider.System);
        var job = new ExpireDueSessionsJob(sweeper, new ExpiryWindowStore(dataSource), NullLogger<ExpireDueSessionsJob>.Instance);
        var clock = Stopwatch.StartNew();
        var expired = await job.RunAsync(CancellationToken.None);
        return (expired, clock.Elapsed);
    }
}
