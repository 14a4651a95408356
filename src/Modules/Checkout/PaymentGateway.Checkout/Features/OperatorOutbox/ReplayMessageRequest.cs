namespace PaymentGateway.Checkout.Features.OperatorOutbox;

/// <summary>POST /operator/outbox/{id}/replay: the message id from the route (a GUID; anything else is a binding failure).</summary>
internal sealed class ReplayMessageRequest
{
    public Guid Id { get; set; }
}
