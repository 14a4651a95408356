using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Ledger;
using PaymentGateway.IntegrationTests.Settlement;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Transfers;

/// <summary>
/// The settlement scenario plus a bank (100) whose proofs this gateway accepts (<c>Opencharge:SettlementAccepts</c>),
/// so that partners' balances are funded through the front door: a proof posted to /transfer/webhook.
/// </summary>
public class TransferScenario(PostgresServer postgres) : SettlementScenario(postgres)
{
    public TestParty Bank { get; } = TestParty.Create(100, "Test Bank");

    public override IEnumerable<long> Directory => [.. base.Directory, Bank.Ocid];

    public LedgerDatabase Ledger => new(ConnectionString);

    protected sealed override IReadOnlyDictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = new Dictionary<string, string?> { ["Opencharge:SettlementAccepts:0"] = "100" };
            foreach (var (key, value) in MoreSettings)
                settings[key] = value;
            return settings;
        }
    }

    /// <summary>What a derived scenario changes on top of accepting the bank.</summary>
    protected virtual IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>();

    public override async ValueTask InitializeAsync()
    {
        // The gateway fetches a partner's metadata on first use, so publishing the bank after it started is enough.
        await base.InitializeAsync();
        Partners.AddParty(Bank, settlementAccepts: [GatewayHost.DefaultIdentity.Ocid]);
    }

    /// <summary>A proof as the bank issues it: a transfer to this gateway, <c>to.reference</c> naming whom it funds.</summary>
    public JsonObject BankProof(string toReference, string amount, string currency = "USD", string? txid = null, long? to = null) => new()
    {
        ["txid"] = txid ?? "bank_" + Guid.NewGuid().ToString("N")[..16],
        ["issuer"] = Bank.Ocid,
        ["from"] = new JsonObject { ["ocid"] = Bank.Ocid, ["reference"] = "acct-7" },
        ["to"] = new JsonObject { ["ocid"] = to ?? GatewayHost.DefaultIdentity.Ocid, ["reference"] = toReference },
        ["amount"] = amount,
        ["currency"] = currency,
        ["timestamp"] = SignedRequests.Now(),
        ["memo"] = "Top-up",
    };

    public static string Envelope(JsonObject proof, TestParty signer) =>
        new JsonObject { ["proof"] = proof.DeepClone(), ["signature"] = ObjectSignatures.Sign(signer.Key, proof) }.ToJsonString();

    /// <summary>POST /transfer/webhook, signed by <paramref name="sender"/> (default: the bank).</summary>
    public Task<HttpResponseMessage> PostProofAsync(string envelope, TestParty? sender = null, GatewayHost? gateway = null) =>
        (gateway ?? Gateway).Client.SendSignedAsync(sender ?? Bank, HttpMethod.Post, BasePath + "/transfer/webhook", envelope);

    /// <summary>Funds a partner's balance here the way a bank does, and checks that it was accepted.</summary>
    public async Task FundAsync(TestParty partner, string amount, string currency = "USD")
    {
        using var response = await PostProofAsync(Envelope(BankProof(SignedRequests.Invariant(partner.Ocid), amount, currency), Bank));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static string TransferBody(string reference, long to, string amount, string currency = "USD", string? toReference = "inv-1",
        long? from = null, string? memo = "Payout")
    {
        var fromObject = new JsonObject { ["reference"] = reference };
        if (from is not null)
            fromObject["ocid"] = from;
        var body = new JsonObject
        {
            ["from"] = fromObject,
            ["to"] = toReference is null ? new JsonObject { ["ocid"] = to } : new JsonObject { ["ocid"] = to, ["reference"] = toReference },
            ["amount"] = amount,
            ["currency"] = currency,
        };
        if (memo is not null)
            body["memo"] = memo;
        return body.ToJsonString();
    }

    /// <summary>POST /transfer/create, signed by <paramref name="caller"/> (default: the merchant gateway).</summary>
    public Task<HttpResponseMessage> TransferAsync(string body, TestParty? caller = null, GatewayHost? gateway = null) =>
        (gateway ?? Gateway).Client.SendSignedAsync(caller ?? MerchantGateway, HttpMethod.Post, BasePath + "/transfer/create", body);

    /// <summary>The transfer proofs that reached a partner's webhook with this txid.</summary>
    public IReadOnlyList<ReceivedWebhook> DeliveriesOf(long recipient, string txid) =>
        [.. Partners.Webhooks(recipient).Where(w => JsonDocument.Parse(w.Body).RootElement.GetProperty("proof").GetProperty("txid").GetString() == txid)];
}
