using PaymentGateway.Operators.Api;

namespace PaymentGateway.Checkout.Features.OperatorOutbox;

/// <summary>GET /operator/outbox/parked: paging and the parked-at window.</summary>
internal sealed class ListParkedMessagesRequest : OperatorListRequest;
