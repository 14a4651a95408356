using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>A shape-valid /transfer/create body; <see cref="Money"/> holds the amount and currency exactly as received.</summary>
/// <param name="Fingerprint">SHA-256 of the canonical body: two requests are "the same body" when these are equal.</param>
internal sealed record TransferRequest(
    long? FromOcid,
    string Reference,
    long ToOcid,
    string? ToReference,
    Money Money,
    string? Memo,
    string Fingerprint);
