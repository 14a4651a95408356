namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>POST /operator/receipts/{issuer}/{txid}/allocate <c>{"ocid": partner}</c>.</summary>
internal sealed class AllocateReceiptRequest
{
    /// <summary>The OCID that issued the received proof (route).</summary>
    public long Issuer { get; set; }

    /// <summary>The received proof's txid (route).</summary>
    public string Txid { get; set; } = "";

    /// <summary>The partner to credit (body).</summary>
    public long Ocid { get; set; }
}
