using PaymentGateway.Operators.Api;

namespace PaymentGateway.Checkout.Features.OperatorSessions;

/// <summary>GET /operator/sessions: an optional stored status, paging and the created-at window.</summary>
internal sealed class ListSessionsRequest : OperatorListRequest
{
    /// <summary>pending, charging, completed, expired or cancelled.</summary>
    public string? Status { get; set; }
}
