using FastEndpoints;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>GET /operator/accounts/{ocid}/statement?currency=&amp;from=&amp;to=: whose statement, in which currency, over which window.</summary>
internal sealed class StatementRequest : ITimeWindow
{
    public long Ocid { get; set; }

    public string Currency { get; set; } = "";

    public IsoInstant? From { get; set; }

    public IsoInstant? To { get; set; }

    /// <summary><c>text/csv</c> answers the entries as CSV; anything else, JSON.</summary>
    [FromHeader("Accept", isRequired: false)]
    public string? Accept { get; set; }

    public bool WantsCsv() => Accept?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) is true;
}
