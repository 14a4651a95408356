namespace PaymentGateway.Merchants.Directory;

/// <summary>Settings of the <c>Opencharge</c> section that concern the partners we deal with.</summary>
internal sealed class DirectoryOptions
{
    /// <summary><c>Opencharge:Directory:&lt;ocid&gt;</c> = that party's metadata URL. Only these OCIDs may call us.</summary>
    public Dictionary<string, string> Directory { get; set; } = [];

    /// <summary>Allow http:// metadata URLs (development and tests only; production metadata must be HTTPS).</summary>
    public bool AllowInsecureMetadata { get; set; }

    /// <summary>docs/protocol.md, Metadata: metadata may be cached for at most five minutes.</summary>
    public TimeSpan MetadataCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan MetadataTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
