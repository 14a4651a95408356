using System.Globalization;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Merchants.Directory;

/// <summary>The validated OCID to metadata URL map. Built once at start-up; a bad entry stops the gateway.</summary>
internal sealed class DirectoryEntries
{
    private readonly Dictionary<long, Uri> _urls;

    private DirectoryEntries(Dictionary<long, Uri> urls) => _urls = urls;

    public IReadOnlyCollection<long> Ocids => _urls.Keys;

    public bool Contains(long ocid) => _urls.ContainsKey(ocid);

    public Uri? UrlOf(long ocid) => _urls.GetValueOrDefault(ocid);

    public static DirectoryEntries Create(DirectoryOptions options)
    {
        var problems = new List<string>();
        var urls = new Dictionary<long, Uri>();
        foreach (var (key, value) in options.Directory)
        {
            if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var ocid) || ocid <= 0)
            {
                problems.Add($"Opencharge:Directory:{key}: the key must be a positive OCID.");
                continue;
            }
            if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                problems.Add($"Opencharge:Directory:{key}: '{value}' is not an absolute URL.");
                continue;
            }
            if (url.Scheme == "http" && !options.AllowInsecureMetadata)
            {
                problems.Add($"Opencharge:Directory:{key}: metadata must be fetched over HTTPS (set Opencharge:AllowInsecureMetadata=true only for development).");
                continue;
            }
            urls[ocid] = url;
        }
        if (problems.Count > 0)
            throw new GatewayConfigurationException(problems);
        return new DirectoryEntries(urls);
    }
}
