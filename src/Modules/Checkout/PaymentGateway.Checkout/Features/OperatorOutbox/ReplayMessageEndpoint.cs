using FastEndpoints;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Operators;

namespace PaymentGateway.Checkout.Features.OperatorOutbox;

/// <summary>
/// POST /operator/outbox/{id}/replay: after the cause is fixed, unparks a poison message with a fresh round of
/// attempts and records who asked (<c>checkout.outbox_replays</c>). Idempotent: repeating it, or replaying a message
/// that is not parked, changes nothing and says what state the message is in. The consumers' inboxes make a replay
/// of an event they had already applied harmless.
/// </summary>
internal sealed class ReplayMessageEndpoint(ParkedMessageStore<CheckoutDbContext> store, TimeProvider clock) : EndpointWithoutRequest<ReplayResponse>
{
    public override void Configure()
    {
        Post("operator/outbox/{id}/replay");
        RoutePrefixOverride(string.Empty);
        AuthSchemes(OperatorAccess.Scheme);
        Policies(OperatorAccess.AdminPolicy);
        Tags(OperatorAccess.Tag);
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

    public override async Task HandleAsync(CancellationToken ct)
    {
        var text = Route<string>("id", isRequired: false) ?? "";
        if (!Guid.TryParseExact(text, "D", out var id))
            throw new OpenchargeException(400, ErrorCodes.InvalidRequest, "The request has invalid parameters.",
                new Dictionary<string, object?> { ["id"] = "must be a message id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301" });

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
