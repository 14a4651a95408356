using Microsoft.Extensions.Options;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>
/// Expires every due session, batch after batch, and records how late each one was. Between full batches it pauses
/// in proportion to the batch's own duration (<see cref="ExpiryOptions.SweepPauseRatio"/>), which yields the
/// database to creates and payments however slow the batches get under load.
/// </summary>
internal sealed class DueSessionSweeper(SessionExpirer expirer, IOptions<ExpiryOptions> options, CheckoutMetrics metrics, TimeProvider clock)
{
    public async Task<int> ExpireAllDueAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.SweepBatchSize;
        var pauseRatio = Math.Max(0, options.Value.SweepPauseRatio);
        var total = 0;
        while (true)
        {
            var started = clock.GetTimestamp();
            var batch = await expirer.ExpireDueBatchAsync(batchSize, cancellationToken);
            total += batch.Count;
            metrics.SessionsExpired.Add(batch.Count);
            foreach (var lag in batch)
                metrics.ExpiryLag.Record(lag.TotalSeconds);
            if (batch.Count < batchSize || cancellationToken.IsCancellationRequested)
                return total;
            if (pauseRatio > 0)
                await Task.Delay(clock.GetElapsedTime(started) * pauseRatio, clock, cancellationToken);
        }
    }
}
