namespace PaymentGateway.Sandbox.Configuration;

/// <summary>
/// Validated settings with every default resolved, so the rest of the app never re-derives URLs or paths.
/// </summary>
internal sealed record SandboxSettings(
    long MerchantOcid,
    long MerchantGatewayOcid,
    long GatewayOcid,
    Uri BaseUrl,
    Uri GatewayBaseUrl,
    Uri GatewayMetadataUrl,
    string DataFolder,
    string MerchantKeyFile,
    string MerchantGatewayKeyFile,
    long BankOcid,
    string BankKeyFile)
{
    /// <summary>Where the merchant gateway's Opencharge API is mounted; also the base path for lenient verification.</summary>
    public const string MerchantGatewayBasePath = "/mg/opencharge";

    public const string MerchantBasePath = "/merchant/opencharge";

    public const string BankBasePath = "/bank/opencharge";

    /// <summary>Public base without a trailing slash, for building absolute links.</summary>
    public string PublicBase => BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public static SandboxSettings From(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.MerchantOcid < 0 || options.MerchantGatewayOcid < 0 || options.GatewayOcid < 0 || options.BankOcid < 0)
            problems.Add("Sandbox: OCIDs must not be negative.");
        if (new[] { options.MerchantOcid, options.MerchantGatewayOcid, options.BankOcid, options.GatewayOcid }.Distinct().Count() != 4)
            problems.Add("Sandbox:MerchantOcid, MerchantGatewayOcid, BankOcid and GatewayOcid must all differ (one key per OCID).");

        var baseUrl = HttpUrl(options.BaseUrl, "Sandbox:BaseUrl", problems);
        var gatewayBaseUrl = HttpUrl(options.GatewayBaseUrl, "Sandbox:GatewayBaseUrl", problems);
        var metadataText = string.IsNullOrWhiteSpace(options.GatewayMetadataUrl)
            ? options.GatewayBaseUrl.TrimEnd('/') + "/opencharge/metadata.json"
            : options.GatewayMetadataUrl;
        var metadataUrl = HttpUrl(metadataText, "Sandbox:GatewayMetadataUrl", problems);
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));

        var dataFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(options.DataFolder) ? ".local/sandbox" : options.DataFolder);
        return new SandboxSettings(
            options.MerchantOcid,
            options.MerchantGatewayOcid,
            options.GatewayOcid,
            baseUrl!,
            gatewayBaseUrl!,
            metadataUrl!,
            dataFolder,
            KeyPath(options.MerchantKeyFile, dataFolder, "merchant.key"),
            KeyPath(options.MerchantGatewayKeyFile, dataFolder, "merchant-gateway.key"),
            options.BankOcid,
            KeyPath(options.BankKeyFile, dataFolder, "bank.key"));
    }

    private static string KeyPath(string? configured, string dataFolder, string fileName) =>
        string.IsNullOrWhiteSpace(configured) ? Path.Combine(dataFolder, fileName) : Path.GetFullPath(configured);

    private static Uri? HttpUrl(string? text, string name, List<string> problems)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            return url;
        problems.Add($"{name}: '{text}' is not an absolute http(s) URL.");
        return null;
    }
}
