namespace PaymentGateway.Merchants.Contracts;

public sealed class UnknownPartnerException(long ocid)
    : Exception($"OCID {ocid} is not in this gateway's directory.")
{
    public long Ocid { get; } = ocid;
}
