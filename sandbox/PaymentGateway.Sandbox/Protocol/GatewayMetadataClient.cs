using System.Text.Json;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Configuration;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>
/// Fetches the payment gateway's metadata from the configured URL (never from a URL a caller supplies) and caches it
/// for at most five minutes (docs/protocol.md, Metadata), so a rotated gateway key is picked up without restarting the sandbox.
/// </summary>
internal sealed class GatewayMetadataClient
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(5);

    /// <summary>A verification failure may mean the key rotated; refetching is allowed, but not more often than this.</summary>
    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly IHttpClientFactory _http;
    private readonly SandboxSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayMetadataClient> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private GatewayMetadata? _cached;

    public GatewayMetadataClient(IHttpClientFactory http, SandboxSettings settings, TimeProvider time, ILogger<GatewayMetadataClient> logger)
    {
        _http = http;
        _settings = settings;
        _time = time;
        _logger = logger;
    }

    /// <exception cref="MetadataUnavailableException">The document could not be fetched or lacks a key or endpoint.</exception>
    public async Task<GatewayMetadata> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        var cached = _cached;
        if (cached is not null && IsFresh(cached, refresh))
            return cached;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cached = _cached;
            if (cached is not null && IsFresh(cached, refresh))
                return cached;
            _cached = await FetchAsync(cancellationToken).ConfigureAwait(false);
            return _cached;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsFresh(GatewayMetadata metadata, bool refresh)
    {
        var age = _time.GetUtcNow() - metadata.FetchedAt;
        return age < (refresh ? MinimumRefreshInterval : CacheDuration);
    }

    private async Task<GatewayMetadata> FetchAsync(CancellationToken cancellationToken)
    {
        var url = _settings.GatewayMetadataUrl;
        JsonDocument document;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            using var http = _http.CreateClient(nameof(GatewayMetadataClient));
            using var response = await http.GetAsync(url, timeout.Token).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            document = JsonDocument.Parse(bytes);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new MetadataUnavailableException($"Could not fetch the payment gateway metadata from {url}: {exception.Message}", exception);
        }

        using (document)
        {
            return Parse(document.RootElement, url);
        }
    }

    private GatewayMetadata Parse(JsonElement root, Uri url)
    {
        // Nested form first, legacy flat form as a fallback (docs/protocol.md, Metadata).
        var hasConfig = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("config", out var config) && config.ValueKind == JsonValueKind.Object;
        var source = hasConfig ? root.GetProperty("config") : root;
        if (source.ValueKind != JsonValueKind.Object)
            throw new MetadataUnavailableException($"The metadata at {url} is not a JSON object.");

        if (!OpenchargePublicKey.TryParse(StringProperty(source, "publicKey"), out var key))
            throw new MetadataUnavailableException($"The metadata at {url} has no valid publicKey.");
        if (!Uri.TryCreate(StringProperty(source, "endpoint"), UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            throw new MetadataUnavailableException($"The metadata at {url} has no absolute http(s) endpoint.");

        // A bad config signature is a warning, not a failure (docs/protocol.md, Metadata): the sandbox is a test tool and
        // should show the problem rather than hide every later step behind it.
        var signature = StringProperty(root, "signature");
        if (!hasConfig || signature is null || ObjectSignatures.Verify(key!, source, signature) is null)
            _logger.LogWarning("The payment gateway metadata at {Url} has no valid config signature", url);

        return new GatewayMetadata(key!, endpoint, _time.GetUtcNow());
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
