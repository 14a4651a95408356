using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Protocol;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.Merchant;

/// <summary>
/// <c>POST /merchant/opencharge/transfer/webhook</c>: the payment gateway delivers the proof of a transfer to the
/// merchant, such as its merchant gateway's payout (docs/protocol.md, Proof delivery). Checked as a real merchant
/// would: the request signature and the proof signature with the gateway's published key, the issuer, the recipient
/// and the amount; then recorded once per (issuer, txid) and answered <c>accepted</c>, a redelivery included.
/// </summary>
internal sealed class MerchantWebhook
{
    private readonly SandboxParties _parties;
    private readonly GatewayProofReceiver _receiver;
    private readonly TransferStore _transfers;
    private readonly TimeProvider _time;
    private readonly ILogger<MerchantWebhook> _logger;

    public MerchantWebhook(SandboxParties parties, GatewayProofReceiver receiver, TransferStore transfers, TimeProvider time, ILogger<MerchantWebhook> logger)
    {
        _parties = parties;
        _receiver = receiver;
        _transfers = transfers;
        _time = time;
        _logger = logger;
    }

    private SandboxParty Self => _parties.Merchant;

    public async Task<IResult> ReceiveAsync(HttpContext context)
    {
        // Only the payment gateway may call: it is the one settlement source whose key the sandbox fetches.
        var (proof, sender, error) = await _receiver.ReceiveAsync(context, SandboxSettings.MerchantBasePath, Self.Ocid).ConfigureAwait(false);
        if (error is not null)
            return Reject(error, sender);

        // The amount is what the merchant books: only the protocol's decimal strings, never something to round.
        if (Money.Parse(proof!.Amount, proof.Currency).Money is null)
            return Reject(ProtocolError.BadRequest("INVALID_PROOF", "proof.amount or proof.currency is not a valid amount."), sender);

        var received = new ReceivedProof(
            proof.Issuer, proof.Txid, FromOcid(proof.From), JsonText.String(proof.From, "reference"), proof.ToReference,
            proof.Amount, proof.Currency, proof.Timestamp, proof.Memo, _time.GetUtcNow().ToUnixTimeSeconds());
        if (!_transfers.TryAddReceived(received))
            return Accepted(proof.Txid, "Duplicate proof: this txid was already received.");

        _logger.LogInformation("Merchant received proof {Txid} from OCID {Issuer}: {Amount} {Currency}", proof.Txid, proof.Issuer, proof.Amount, proof.Currency);
        return Accepted(proof.Txid, null);
    }

    private static long? FromOcid(JsonNode from) =>
        from is JsonObject o && o["ocid"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var ocid) ? ocid : null;

    private SignedJsonResult Accepted(string txid, string? message)
    {
        var body = new JsonObject { ["status"] = "accepted", ["txid"] = txid };
        if (message is not null)
            body["message"] = message;
        return new SignedJsonResult(Self, StatusCodes.Status200OK, body);
    }

    private SignedJsonResult Reject(ProtocolError error, long? sender)
    {
        _logger.LogWarning("Merchant rejected a webhook from OCID {Sender}: {Status} {Code} {Message}", sender, error.Status, error.Code, error.Message);
        return SignedJsonResult.Error(Self, error);
    }
}
