namespace PaymentGateway.Settlement.Terms;

/// <summary>
/// Settlement's keys of the <c>Opencharge</c> section. They stay there, under the names deployments already use,
/// although Settlement owns them now.
/// </summary>
internal sealed class SettlementTermsOptions
{
    public const string Section = "Opencharge";

    /// <summary>Currencies we settle in; empty means any.</summary>
    public string[] SettlementCurrencies { get; set; } = [];

    /// <summary>OCIDs whose proofs we accept (published as <c>config.settlement.accepts</c>).</summary>
    public long[] SettlementAccepts { get; set; } = [];
}
