using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Merchants.Metadata;

namespace PaymentGateway.Merchants.Directory;

/// <summary>
/// Our directory of partners with their metadata cached for at most <see cref="DirectoryOptions.MetadataCacheDuration"/>.
/// Concurrent requests for a partner whose entry is stale share one fetch, so a burst of traffic costs one HTTP call.
/// A failed fetch is not cached: the next request tries again.
/// </summary>
internal sealed class PartnerDirectory(
    DirectoryEntries entries,
    MetadataFetcher fetcher,
    IOptions<DirectoryOptions> options,
    TimeProvider clock) : IPartnerDirectory
{
    private readonly ConcurrentDictionary<long, CachedProfile> _cache = new();

    public bool IsKnown(long ocid) => entries.Contains(ocid);

    public async Task<PartnerProfile> GetAsync(long ocid, CancellationToken cancellationToken)
    {
        var url = entries.UrlOf(ocid) ?? throw new UnknownPartnerException(ocid);
        var now = clock.GetUtcNow();
        while (true)
        {
            if (_cache.TryGetValue(ocid, out var cached) && cached.IsUsable(now))
                return await cached.Fetch.WaitAsync(cancellationToken);

            // The fetch must not die with the first caller's request, so it runs on its own token (bounded by the timeout).
            var fresh = new CachedProfile(fetcher.FetchAsync(ocid, url, CancellationToken.None), now + options.Value.MetadataCacheDuration);
            var won = cached is null ? _cache.TryAdd(ocid, fresh) : _cache.TryUpdate(ocid, fresh, cached);
            if (won)
                return await fresh.Fetch.WaitAsync(cancellationToken);
            _ = fresh.Fetch.ContinueWith(static t => t.Exception, TaskScheduler.Default); // observe the loser's outcome
        }
    }

    private sealed record CachedProfile(Task<PartnerProfile> Fetch, DateTimeOffset ExpiresAt)
    {
        public bool IsUsable(DateTimeOffset now) =>
            !Fetch.IsCompleted || (Fetch.IsCompletedSuccessfully && now < ExpiresAt);
    }
}
