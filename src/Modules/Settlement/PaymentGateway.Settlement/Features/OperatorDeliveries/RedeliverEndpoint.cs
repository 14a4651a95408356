using FastEndpoints;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Operators;
using PaymentGateway.Operators.Api;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>
/// POST /operator/deliveries/{txid}/redeliver: sends the same signed proof again (the stored bytes and signature) with
/// a fresh round of attempts. Rejected and dead deliveries only; a delivered one needs <c>?force=true</c> (MGs
/// deduplicate by txid, so a forced resend is harmless to them and answers "accepted" again).
/// </summary>
internal sealed class RedeliverEndpoint(Redeliverer redeliverer) : Endpoint<RedeliverRequest, RedeliverResponse>
{
    public override void Configure()
    {
        Post("deliveries/{txid}/redeliver");
        Group<OperatorApi>();
        Policies(OperatorAccess.AdminPolicy);
        Summary(s =>
        {
            s.Summary = "Redeliver one proof (operator admins)";
            s.Description = "HTTP Basic, admin role. Resets a rejected or dead delivery to pending with a fresh attempt budget, records " +
                            "the operator (operator-redeliver) and enqueues the attempt; 202. 404 NOT_FOUND for an unknown txid; 409 CONFLICT " +
                            "while it is pending (in flight) or when it was delivered, unless force=true re-sends a delivered proof.";
            s.Responses[202] = "Requeued.";
            s.Responses[404] = "No delivery with this txid.";
            s.Responses[409] = "Pending, or delivered without force=true.";
        });
    }

    public override async Task HandleAsync(RedeliverRequest request, CancellationToken ct)
    {
        var txid = request.Txid;
        var outcome = await redeliverer.RedeliverAsync(txid, request.Force, User.Identity?.Name ?? "unknown", ct);
        switch (outcome)
        {
            case RedeliveryOutcome.Requeued:
                await Send.ResponseAsync(new RedeliverResponse(txid, DeliveryStates.Pending, 1), StatusCodes.Status202Accepted, ct);
                return;
            case RedeliveryOutcome.NotFound:
                throw new OpenchargeException(404, ErrorCodes.NotFound, "No delivery with this txid.");
            case RedeliveryOutcome.AlreadyDelivered:
                throw new OpenchargeException(409, OperatorErrorCodes.Conflict, "The proof was delivered; add force=true to send it again.",
                    new Dictionary<string, object?> { ["state"] = DeliveryStates.Delivered });
            default:
                throw new OpenchargeException(409, OperatorErrorCodes.Conflict, "The delivery is pending: an attempt is already on its way.",
                    new Dictionary<string, object?> { ["state"] = DeliveryStates.Pending });
        }
    }
}
