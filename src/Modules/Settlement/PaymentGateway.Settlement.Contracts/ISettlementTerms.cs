namespace PaymentGateway.Settlement.Contracts;

/// <summary>
/// The terms on which Settlement settles: Merchants publishes them (<c>config.settlement</c> of our metadata and
/// /capabilities) and Checkout applies the currencies at create. Configured as <c>Opencharge:SettlementCurrencies</c>
/// and <c>Opencharge:SettlementAccepts</c>.
/// </summary>
public interface ISettlementTerms
{
    /// <summary>Currencies we settle in; empty means any.</summary>
    IReadOnlyList<string> Currencies { get; }

    /// <summary>OCIDs whose proofs we accept (<c>/transfer/webhook</c>).</summary>
    IReadOnlyList<long> Accepts { get; }

    /// <summary>Whether we settle in <paramref name="currency"/> (always, when <see cref="Currencies"/> is empty).</summary>
    bool SettlesIn(string currency);
}
