using System.Globalization;

namespace PaymentGateway.Opencharge.AspNetCore.Identity;

/// <summary>
/// Turns configuration into a <see cref="GatewayIdentity"/>, or fails with a message that names the setting to fix.
/// Runs once at start-up: a gateway that cannot sign must not start.
/// </summary>
public static class GatewayIdentityFactory
{
    public static GatewayIdentity Create(GatewayOptions options)
    {
        var problems = new List<string>();
        if (options.Ocid <= 0)
            problems.Add("Opencharge:Ocid must be a positive integer (our OCID in the registry).");

        var key = ReadPrivateKey(options, problems);

        Uri? baseUrl = null;
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            problems.Add("Opencharge:BaseUrl must be an absolute http(s) URL, e.g. http://127.0.0.1:5080.");

        var basePath = NormaliseBasePath(options.BasePath, problems);

        if (problems.Count > 0)
            throw new GatewayConfigurationException(problems);
        return new GatewayIdentity(options.Ocid, key!, baseUrl!, basePath);
    }

    private static OpenchargePrivateKey? ReadPrivateKey(GatewayOptions options, List<string> problems)
    {
        var text = options.PrivateKey;
        if (string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(options.PrivateKeyFile))
        {
            if (!File.Exists(options.PrivateKeyFile))
            {
                problems.Add($"Opencharge:PrivateKeyFile '{options.PrivateKeyFile}' does not exist.");
                return null;
            }
            text = File.ReadAllText(options.PrivateKeyFile).Trim();
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add("Opencharge:PrivateKey (64 hex) or Opencharge:PrivateKeyFile is required.");
            return null;
        }
        // The message never repeats the value: it is a secret even when malformed.
        if (!OpenchargePrivateKey.TryParse(text.Trim(), out var key))
            problems.Add("Opencharge:PrivateKey is not a valid secp256k1 private key (64 hex characters).");
        return key;
    }

    private static string NormaliseBasePath(string? basePath, List<string> problems)
    {
        var path = (basePath ?? "").Trim().TrimEnd('/');
        if (path.Length > 0 && !path.StartsWith('/'))
            path = "/" + path;
        if (path.Length == 0)
            problems.Add("Opencharge:BasePath must not be empty: the hosted checkout pages share the host with the API.");
        if (path.Contains('?') || path.Contains('#') || path.Contains(' '))
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Opencharge:BasePath '{basePath}' must be a plain path such as /opencharge."));
        return path;
    }
}
