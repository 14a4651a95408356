using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Protocol;
using PaymentGateway.Sandbox.Shop;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.MerchantGateway;

/// <summary>
/// The merchant gateway's account at the payment gateway: its balance (<c>GET /accounts/balance</c>, signed) and the
/// payout of that balance to the merchant (<c>POST /transfer/create</c>, signed; docs/protocol.md, POST /transfer/create).
/// </summary>
internal sealed class GatewayAccount
{
    private readonly GatewayApiClient _gateway;
    private readonly GatewayMetadataClient _metadata;
    private readonly SandboxParties _parties;
    private readonly TransferStore _transfers;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayAccount> _logger;

    public GatewayAccount(GatewayApiClient gateway, GatewayMetadataClient metadata, SandboxParties parties, TransferStore transfers, TimeProvider time, ILogger<GatewayAccount> logger)
    {
        _gateway = gateway;
        _metadata = metadata;
        _parties = parties;
        _transfers = transfers;
        _time = time;
        _logger = logger;
    }

    private SandboxParty Self => _parties.MerchantGateway;

    public async Task<BalanceReading> BalanceAsync(CancellationToken cancellationToken)
    {
        var answer = await _gateway.SendAsync(Self, HttpMethod.Get, "/accounts/balance", null, cancellationToken).ConfigureAwait(false);
        if (!answer.IsOk)
            return new BalanceReading(null, answer.ErrorCode, answer.ErrorMessage);
        if (answer.Json?["balances"] is not JsonArray items)
            return new BalanceReading(null, "INVALID_RESPONSE", "The payment gateway's balance answer has no balances.");

        var balances = new List<Balance>();
        foreach (var item in items)
        {
            if (JsonText.String(item, "currency") is { } currency && JsonText.String(item, "available") is { } available)
                balances.Add(new Balance(currency, available));
        }

        return new BalanceReading(balances, null, null);
    }

    /// <summary>A fresh payout reference for a rendered payout form.</summary>
    public static string NewPayoutReference() => "payout_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>Whether a posted reference is one <see cref="NewPayoutReference"/> could have made.</summary>
    public static bool IsPayoutReference(string reference) =>
        reference.Length == 23 && reference.StartsWith("payout_", StringComparison.Ordinal) && reference[7..].All(char.IsAsciiHexDigitLower);

    /// <summary>
    /// Moves the whole balance in the shop's currency to the merchant. <paramref name="reference"/> is the
    /// <c>from.reference</c>, the idempotency key at the gateway, fixed when the payout form was rendered: a second
    /// submit of one form (a double click) asks for the same transfer and gets the same proof, never a second transfer.
    /// </summary>
    public async Task<SentTransfer?> PayOutToMerchantAsync(string reference, CancellationToken cancellationToken)
    {
        var reading = await BalanceAsync(cancellationToken).ConfigureAwait(false);
        var currency = ProductCatalog.Currency;
        var merchant = _parties.Merchant.Ocid;
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (reading.Balances is null)
            return Record(new SentTransfer(Self.Ocid, reference, merchant, "", currency, now, null, reading.ErrorCode!, reading.ErrorMessage));

        // Nothing to move (no account yet, or 0.00): not a transfer, and the gateway would refuse a zero amount.
        var available = reading.Available(currency);
        if (Money.Parse(available, currency).Money is null)
            return null;

        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["ocid"] = Self.Ocid, ["reference"] = reference },
            ["to"] = new JsonObject { ["ocid"] = merchant, ["reference"] = reference },
            ["amount"] = available,
            ["currency"] = currency,
            ["memo"] = "Payout to the merchant",
        };
        var answer = await _gateway.SendAsync(Self, HttpMethod.Post, "/transfer/create", body, cancellationToken).ConfigureAwait(false);
        if (!answer.IsOk)
            return Record(new SentTransfer(Self.Ocid, reference, merchant, available!, currency, now, null, answer.ErrorCode!, answer.ErrorMessage));

        var txid = await VerifiedTxidAsync(answer, cancellationToken).ConfigureAwait(false);
        return txid is null
            ? Record(new SentTransfer(Self.Ocid, reference, merchant, available!, currency, now, null, "INVALID_PROOF", "The gateway's proof does not verify with its published key."))
            : Record(new SentTransfer(Self.Ocid, reference, merchant, available!, currency, now, txid, "accepted", null));
    }

    /// <summary>The txid of the proof the gateway answered, if its signature verifies with the gateway's published key.</summary>
    private async Task<string?> VerifiedTxidAsync(GatewayAnswer answer, CancellationToken cancellationToken)
    {
        if (answer.Json?["proof"] is not JsonObject proof || JsonText.String(answer.Json, "signature") is not { } signature)
            return null;
        var gateway = await _metadata.GetAsync(refresh: false, cancellationToken).ConfigureAwait(false);
        return ObjectSignatures.Verify(gateway.PublicKey, JsonSerializer.SerializeToElement(proof), signature) == CanonicalVariant.R
            ? JsonText.String(proof, "txid")
            : null;
    }

    private SentTransfer Record(SentTransfer transfer)
    {
        _transfers.AddSent(transfer);
        if (transfer.Accepted)
            _logger.LogInformation("Paid out {Amount} {Currency} to OCID {Merchant}: proof {Txid}", transfer.Amount, transfer.Currency, transfer.ToOcid, transfer.Txid);
        else
            _logger.LogWarning("Payout {Reference} failed: {Code} {Message}", transfer.Reference, transfer.Outcome, transfer.Message);
        return transfer;
    }
}
