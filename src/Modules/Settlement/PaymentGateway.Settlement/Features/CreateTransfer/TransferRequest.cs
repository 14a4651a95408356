using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>A valid /transfer/create body in the handler's types; <see cref="Money"/> holds the amount and currency exactly as received.</summary>
/// <param name="Fingerprint">SHA-256 of the canonical body: two requests are "the same body" when these are equal.</param>
internal sealed record TransferRequest(
    long? FromOcid,
    string Reference,
    long ToOcid,
    string? ToReference,
    Money Money,
    string? Memo,
    string Fingerprint)
{
    /// <summary>
    /// From a request that <see cref="CreateTransferValidator"/> passed, so every required field is there and its
    /// parse (by <see cref="CreateTransferRequestBinder"/>) succeeded: the parsed money is taken, nothing is parsed again.
    /// </summary>
    public static TransferRequest From(CreateTransferRequest request) =>
        new(request.From!.Ocid, request.From.Reference!, request.To!.Ocid!.Value, request.To.Reference,
            request.ParsedMoney.Money!, request.Memo, request.Fingerprint);
}
