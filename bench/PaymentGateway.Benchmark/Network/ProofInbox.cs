using System.Collections.Concurrent;
using System.Diagnostics;

namespace PaymentGateway.Benchmark.Network;

/// <summary>
/// What reached the merchant gateway's <c>/transfer/webhook</c>: each proof once by txid, with the moment the first
/// proof for its order arrived (<see cref="Stopwatch"/> ticks, the clock the load generator uses too). A txid seen
/// again is a duplicate delivery: counted, not recorded twice. Counts are per set of orders, so that a warm-up's
/// proofs arriving late never count towards the measured ones.
/// </summary>
internal sealed class ProofInbox
{
    private readonly ConcurrentDictionary<string, string> _orderByTxid = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _firstArrivalByOrder = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _duplicateOrders = new();

    public void Record(string txid, string orderId, long arrivedTicks)
    {
        if (!_orderByTxid.TryAdd(txid, orderId))
        {
            _duplicateOrders.Enqueue(orderId);
            return;
        }
        _firstArrivalByOrder.TryAdd(orderId, arrivedTicks);
    }

    public long? ArrivalOf(string orderId) => _firstArrivalByOrder.TryGetValue(orderId, out var ticks) ? ticks : null;

    /// <summary>For these orders: distinct txids received, orders with at least one proof, repeated deliveries.</summary>
    public (int Proofs, int Orders, int Duplicates) CountFor(IReadOnlySet<string> orders) => (
        _orderByTxid.Values.Count(orders.Contains),
        orders.Count(_firstArrivalByOrder.ContainsKey),
        _duplicateOrders.Count(orders.Contains));
}
