namespace PaymentGateway.Merchants.Contracts;

/// <summary>The partner is known but its metadata could not be fetched or did not validate; retrying later may work.</summary>
public sealed class PartnerUnavailableException(long ocid, string reason, Exception? inner = null)
    : Exception($"The metadata of OCID {ocid} is unavailable: {reason}", inner)
{
    public long Ocid { get; } = ocid;

    public string Reason { get; } = reason;
}
