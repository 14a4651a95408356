using System.Text.Json;
using FastEndpoints;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Settlement.Contracts;

namespace PaymentGateway.Checkout.Features.GetCheckoutStatus;

/// <summary>
/// GET {BasePath}/checkout/{sessionId}: the session's state for the party that created it, with our signed proof once
/// Settlement has issued it. Anyone else gets the same 404 as for an unknown id, so ids cannot be probed.
/// </summary>
internal sealed class GetCheckoutStatusEndpoint(SessionStore sessions, ISettlementQueries settlement, TimeProvider clock)
    : Endpoint<GetCheckoutStatusRequest, CheckoutStatusResponse>
{
    public override void Configure()
    {
        Get("checkout/{sessionId}");
        Group<OpenchargeApi>();
        Summary(s =>
        {
            s.Summary = "Read a hosted checkout session created by the caller";
            s.Description = "Signed request. Status is pending, completed, expired or cancelled; a completed session carries the " +
                            "proof we issued and its signature once Settlement has issued it. Other callers get 404 SESSION_NOT_FOUND.";
            s.Params["sessionId"] = "The session_id answered by /checkout/create.";
            s.Responses[200] = "The session's state, with proof and signature once completed and settled.";
            s.Responses[404] = "SESSION_NOT_FOUND (Opencharge error envelope).";
            s.ResponseExamples[200] = new CheckoutStatusResponse("cs_3f2a9c0d4b5e6f708192a3b4c5d6e7f8", "pending", "ord_12345", "99.99",
                "USD", 1767225600, null, null, null);
        });
    }

    public override async Task HandleAsync(GetCheckoutStatusRequest request, CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        var session = await sessions.FindPageSessionAsync(request.SessionId, ct);
        if (session is null || session.CallerOcid != caller.Ocid)
            throw new OpenchargeException(404, ErrorCodes.SessionNotFound, "No checkout session with this id was created by the caller.");

        var status = SessionStates.ForPartner(session, clock.GetUtcNow());
        var proof = status == SessionStatus.Completed
            ? await settlement.FindProofForSessionAsync(session.Id, ct)
            : null;
        await Send.OkAsync(new CheckoutStatusResponse(session.Id, status, session.OrderId, session.Amount, session.Currency,
            session.ExpiresAt.ToUnixTimeSeconds(), session.CompletedAt?.ToUnixTimeSeconds(),
            proof is null ? null : ParseProof(proof.ProofJson), proof?.Signature), ct);
    }

    private static JsonElement ParseProof(string proofJson)
    {
        using var document = JsonDocument.Parse(proofJson);
        return document.RootElement.Clone();
    }
}
