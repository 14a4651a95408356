using FastEndpoints;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Operators;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Checkout.Features.OperatorOutbox;

/// <summary>
/// POST /operator/outbox/{id}/replay: after the cause is fixed, unparks a poison message with a fresh round of
/// attempts and records who asked (<c>checkout.outbox_replays</c>). Idempotent: repeating it, or replaying a message
/// that is not parked, changes nothing and says what state the message is in. The consumers' inboxes make a replay
/// of an event they had already applied harmless.
/// </summary>
internal sealed class ReplayMessageEndpoint(ParkedMessageStore<CheckoutDbContext> store, TimeProvider clock) : Endpoint<ReplayMessageRequest, ReplayResponse>
{
    public override void Configure()
    {
        Post("outbox/{id}/replay");
        Group<OperatorApi>();
        Policies(OperatorAccess.AdminPolicy);
        Summary(s =>
        {
            s.Summary = "Replay a parked outbox message (operator admins)";
            s.Description = "HTTP Basic, admin role. Unparks the message with its attempts reset, records the operator, and the relay hands " +
                            "it to its handlers within Outbox:PollInterval; 202 {id, state: pending, replayed: true}. A message that is not " +
                            "parked is left alone: 200 with its state (pending or processed) and replayed: false. 404 NOT_FOUND for an unknown id.";
            s.Responses[202] = "Unparked; the relay delivers it shortly.";
            s.Responses[200] = "Not parked: nothing done.";
            s.Responses[404] = "No outbox message with this id.";
        });
    }

    public override async Task HandleAsync(ReplayMessageRequest request, CancellationToken ct)
    {
        var id = request.Id;
        var outcome = await store.ReplayAsync(id, User.Identity?.Name ?? "unknown", clock.GetUtcNow(), ct);
        switch (outcome)
        {
            case ReplayOutcome.Replayed:
                await Send.ResponseAsync(new ReplayResponse(id, "pending", true), StatusCodes.Status202Accepted, ct);
                return;
            case ReplayOutcome.Pending:
                await Send.OkAsync(new ReplayResponse(id, "pending", false), ct);
                return;
            case ReplayOutcome.Processed:
                await Send.OkAsync(new ReplayResponse(id, "processed", false), ct);
                return;
            default:
                throw new OpenchargeException(404, ErrorCodes.NotFound, "No outbox message with this id.");
        }
    }
}
