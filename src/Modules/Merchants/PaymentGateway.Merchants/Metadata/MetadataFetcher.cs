using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Merchants.Directory;
using Refit;

namespace PaymentGateway.Merchants.Metadata;

/// <summary>Fetches and validates one party's metadata.json from the URL in our directory (never one a caller gives us).</summary>
internal sealed partial class MetadataFetcher(
    IHttpClientFactory httpClients,
    IOptions<DirectoryOptions> options,
    MerchantsMetrics metrics,
    ILogger<MetadataFetcher> logger)
{
    public const string HttpClientName = "opencharge-metadata";
    private const int MaxDocumentBytes = 256 * 1024;

    private readonly ConcurrentDictionary<string, IMetadataApi> _clients = new();

    public async Task<PartnerProfile> FetchAsync(long ocid, Uri url, CancellationToken cancellationToken)
    {
        var api = _clients.GetOrAdd(url.GetLeftPart(UriPartial.Authority), CreateClient);
        try
        {
            using var response = await api.GetAsync(url.AbsolutePath.TrimStart('/'), cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new PartnerUnavailableException(ocid, $"metadata answered HTTP {(int)response.StatusCode}");
            if (response.Content.Headers.ContentLength > MaxDocumentBytes)
                throw new PartnerUnavailableException(ocid, "metadata document is too large");

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            using var document = JsonDocument.Parse(bytes);
            var parsed = MetadataDocumentParser.Parse(ocid, document.RootElement, options.Value.AllowInsecureMetadata);
            if (parsed.ConfigSignature == ConfigSignature.Invalid)
                LogInvalidConfigSignature(logger, ocid, url);
            return parsed.Profile;
        }
        catch (PartnerUnavailableException)
        {
            metrics.MetadataFetchFailed(ocid);
            throw;
        }
        // Refit wraps transport failures (connection refused, DNS, TLS) in ApiRequestException, not ApiException.
        // InvalidOperationException: a string the JSON reader let through but cannot read (an escaped lone surrogate,
        // bytes that are not UTF-8); the partner's document is unusable like any other malformed one.
        catch (Exception exception) when (exception is HttpRequestException or ApiRequestException or TaskCanceledException or ApiException
                                              or JsonException or InvalidMetadataException or InvalidOperationException)
        {
            LogFetchFailed(logger, ocid, url, exception.Message);
            metrics.MetadataFetchFailed(ocid);
            throw new PartnerUnavailableException(ocid, exception is InvalidMetadataException ? exception.Message : "metadata could not be fetched", exception);
        }
    }

    private IMetadataApi CreateClient(string origin)
    {
        var client = httpClients.CreateClient(HttpClientName);
        client.BaseAddress = new Uri(origin);
        return RestService.For<IMetadataApi>(client);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The config signature in the metadata of OCID {Ocid} ({Url}) does not verify with its own key")]
    private static partial void LogInvalidConfigSignature(ILogger logger, long ocid, Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching metadata of OCID {Ocid} from {Url} failed: {Reason}")]
    private static partial void LogFetchFailed(ILogger logger, long ocid, Uri url, string reason);
}
