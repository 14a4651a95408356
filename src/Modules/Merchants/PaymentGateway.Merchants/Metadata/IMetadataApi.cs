using Refit;

namespace PaymentGateway.Merchants.Metadata;

/// <summary>A party's public metadata document. One client per party, its base address the party's origin.</summary>
internal interface IMetadataApi
{
    [Get("/{**path}")]
    Task<HttpResponseMessage> GetAsync(string path, CancellationToken cancellationToken);
}
