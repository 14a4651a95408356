namespace PaymentGateway.Opencharge.AspNetCore.Identity;

/// <summary>The validated identity of this gateway: its OCID, signing key and public addresses.</summary>
public sealed class GatewayIdentity(long ocid, OpenchargePrivateKey privateKey, Uri baseUrl, string basePath)
{
    public long Ocid { get; } = ocid;

    public string OcidText { get; } = ocid.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public OpenchargePrivateKey PrivateKey { get; } = privateKey;

    public string PublicKeyHex { get; } = privateKey.PublicKey.ToHex();

    /// <summary>Public base URL without a trailing slash.</summary>
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>Starts with a slash, no trailing slash (<c>/opencharge</c>), or empty when the API is served at the root.</summary>
    public string BasePath { get; } = basePath;

    /// <summary>The <c>config.endpoint</c> we publish: where partners call our Opencharge API.</summary>
    public string Endpoint => BaseUrl.GetLeftPart(UriPartial.Authority) + BaseUrl.AbsolutePath.TrimEnd('/') + BasePath;

    public string Url(string pathFromBase) => BaseUrl.GetLeftPart(UriPartial.Authority) + BaseUrl.AbsolutePath.TrimEnd('/') + pathFromBase;
}
