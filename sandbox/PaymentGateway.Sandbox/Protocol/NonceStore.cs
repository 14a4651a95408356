using System.Collections.Concurrent;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>
/// Seen request nonces keyed by (ocid, nonce), kept 600 s: twice the ±300 s timestamp window, so a replay inside the
/// window is always caught (docs/protocol.md, Signed requests). In memory: after a restart the timestamp window still bounds replays.
/// </summary>
internal sealed class NonceStore
{
    private static readonly TimeSpan Retention = TimeSpan.FromSeconds(600);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public NonceStore(TimeProvider time) => _time = time;

    /// <summary>False when the nonce was already used by that sender.</summary>
    public bool TryRecord(long ocid, string nonce)
    {
        var now = _time.GetUtcNow();
        foreach (var (key, seenAt) in _seen)
        {
            if (now - seenAt > Retention)
                _seen.TryRemove(key, out _);
        }

        return _seen.TryAdd($"{ocid}:{nonce}", now);
    }
}
