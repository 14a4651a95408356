using Microsoft.Extensions.Options;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>Expires every due session, batch after batch, and records how late each one was.</summary>
internal sealed class DueSessionSweeper(SessionExpirer expirer, IOptions<ExpiryOptions> options, CheckoutMetrics metrics)
{
    public async Task<int> ExpireAllDueAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.SweepBatchSize;
        var total = 0;
        IReadOnlyList<TimeSpan> batch;
        do
        {
            batch = await expirer.ExpireDueBatchAsync(batchSize, cancellationToken);
            total += batch.Count;
            metrics.SessionsExpired.Add(batch.Count);
            foreach (var lag in batch)
                metrics.ExpiryLag.Record(lag.TotalSeconds);
        }
        while (batch.Count == batchSize && !cancellationToken.IsCancellationRequested);
        return total;
    }
}
