namespace PaymentGateway.Benchmark.Network;

/// <summary>Who is who (docs/protocol.md, Parties and OCIDs): the gateway under test, the merchant gateway that calls it, the merchant.</summary>
internal sealed class BenchNetwork
{
    public TestParty Gateway { get; } = TestParty.Create(200, "Benchmark Payment Gateway");

    public TestParty MerchantGateway { get; } = TestParty.Create(300, "Benchmark Merchant Gateway");

    public TestParty Merchant { get; } = TestParty.Create(500, "Benchmark Merchant");

    /// <summary>
    /// Publishes the merchant gateway (accepting the gateway's proofs) and the merchant on the partner server. The
    /// gateway caches metadata for 5 minutes, so serving it costs nothing during a run. With <paramref name="proofs"/>
    /// the merchant gateway's webhook records every proof there and accepts it.
    /// </summary>
    public void Publish(PartnerServer partners, ProofInbox? proofs = null)
    {
        partners.AddParty(MerchantGateway, [Gateway.Ocid]);
        partners.AddParty(Merchant);
        if (proofs is not null)
            partners.OnWebhook(MerchantGateway.Ocid, (webhook, _) => ProofWebhook.Accept(webhook, proofs));
    }
}
