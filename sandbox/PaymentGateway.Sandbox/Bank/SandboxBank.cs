using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Protocol;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.Bank;

/// <summary>
/// The settlement provider role: it holds the payment gateway's money outside the network and tells the gateway of
/// money it sent there with a signed proof to the gateway's <c>/transfer/webhook</c> (docs/protocol.md, POST
/// /transfer/webhook). A proof whose <c>to.reference</c> is a partner's decimal OCID funds that partner's balance.
/// </summary>
internal sealed class SandboxBank
{
    private readonly GatewayApiClient _gateway;
    private readonly SandboxParties _parties;
    private readonly SandboxSettings _settings;
    private readonly TransferStore _transfers;
    private readonly TimeProvider _time;
    private readonly ILogger<SandboxBank> _logger;

    public SandboxBank(GatewayApiClient gateway, SandboxParties parties, SandboxSettings settings, TransferStore transfers, TimeProvider time, ILogger<SandboxBank> logger)
    {
        _gateway = gateway;
        _parties = parties;
        _settings = settings;
        _transfers = transfers;
        _time = time;
        _logger = logger;
    }

    private SandboxParty Self => _parties.Bank;

    /// <summary>
    /// Signs the proof of <paramref name="money"/> sent to the payment gateway for <paramref name="beneficiary"/>'s
    /// account there, and posts it to the gateway's webhook as a signed request.
    /// </summary>
    public async Task<SentTransfer> FundAsync(long beneficiary, Money money, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(money);
        var now = _time.GetUtcNow();
        var (proof, signature) = CreateProof(beneficiary, money, now);
        var reference = proof["from"]!["reference"]!.GetValue<string>();
        var answer = await _gateway.SendAsync(Self, HttpMethod.Post, "/transfer/webhook", new JsonObject { ["proof"] = proof, ["signature"] = signature }, cancellationToken)
            .ConfigureAwait(false);

        // Only an explicit "accepted" means the gateway credited it (or had already): the same rule the gateway applies to its own deliveries.
        var accepted = answer.IsOk && JsonText.String(answer.Json, "status") == "accepted";
        var transfer = new SentTransfer(
            Self.Ocid, reference, beneficiary, money.Amount.Text, money.Currency, now.ToUnixTimeSeconds(),
            accepted ? proof["txid"]!.GetValue<string>() : null,
            accepted ? "accepted" : answer.ErrorCode ?? "INVALID_RESPONSE",
            accepted ? null : answer.ErrorMessage ?? "The payment gateway did not answer accepted.");
        _transfers.AddSent(transfer);
        if (accepted)
            _logger.LogInformation("Bank funded OCID {Beneficiary} with {Amount} {Currency}: proof {Txid}", beneficiary, transfer.Amount, transfer.Currency, transfer.Txid);
        else
            _logger.LogWarning("The payment gateway refused the bank's proof {Reference}: {Code} {Message}", reference, transfer.Outcome, transfer.Message);
        return transfer;
    }

    /// <summary>
    /// The proof (docs/protocol.md, Transfer proofs): issued by the bank, from the bank's own reference, to the payment
    /// gateway, with <c>to.reference</c> the beneficiary's decimal OCID; signed in canonical JSON variant R.
    /// </summary>
    public (JsonObject Proof, string Signature) CreateProof(long beneficiary, Money money, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(money);
        var reference = "fund_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var from = new JsonObject { ["ocid"] = Self.Ocid, ["reference"] = reference };
        return ProofFactory.Create(
            Self, from, _settings.GatewayOcid, beneficiary.ToString(CultureInfo.InvariantCulture), money.Amount.Text, money.Currency, now,
            $"Funding of OCID {beneficiary.ToString(CultureInfo.InvariantCulture)} by the sandbox bank", txidPrefix: "bank_tx_");
    }
}
