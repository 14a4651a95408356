using System.Text.Json.Serialization;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>
/// The body of POST /transfer/create (docs/protocol.md, POST /transfer/create), bound by
/// <see cref="CreateTransferRequestBinder"/> from the bytes the caller signed and checked by
/// <see cref="CreateTransferValidator"/>. Amount and currency are the exact strings received.
/// </summary>
internal sealed record CreateTransferRequest
{
    /// <summary>The caller's own account: ocid absent or equal to X-OC-ID; reference is the idempotency key.</summary>
    public TransferParty? From { get; init; }

    /// <summary>The recipient: another partner in our directory, and an optional reference for it.</summary>
    public TransferParty? To { get; init; }

    /// <summary>Positive decimal string, e.g. "25.00"; moved and proven exactly as sent.</summary>
    public string? Amount { get; init; }

    /// <summary>3 to 10 uppercase letters or digits, in a settlement currency.</summary>
    public string? Currency { get; init; }

    public string? Memo { get; init; }

    /// <summary>
    /// <see cref="Amount"/> and <see cref="Currency"/> parsed once, by the binder: the validator words its errors,
    /// <see cref="TransferRequest.From"/> takes its <see cref="MoneyParseResult.Money"/>. Not part of the body.
    /// </summary>
    [JsonIgnore]
    public MoneyParseResult ParsedMoney { get; init; }

    /// <summary>SHA-256 of the canonical body: two requests are "the same body" when these are equal.</summary>
    [JsonIgnore]
    public string Fingerprint { get; init; } = "";
}
