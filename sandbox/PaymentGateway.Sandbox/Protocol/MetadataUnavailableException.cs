namespace PaymentGateway.Sandbox.Protocol;

/// <summary>The gateway's metadata could not be fetched or is unusable (maps to 502 METADATA_UNAVAILABLE).</summary>
internal sealed class MetadataUnavailableException : Exception
{
    public MetadataUnavailableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
