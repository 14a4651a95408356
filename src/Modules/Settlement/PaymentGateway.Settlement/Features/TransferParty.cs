namespace PaymentGateway.Settlement.Features;

/// <summary>The <c>from</c> or <c>to</c> of a transfer or a proof: an account by OCID and that party's own reference.</summary>
internal sealed record TransferParty
{
    public long? Ocid { get; init; }

    public string? Reference { get; init; }
}
