using System.Text.Json;
using FastEndpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.OpenApi;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Features.PartnerViews;

/// <summary>
/// GET {BasePath}/transfers/{txid} — a proof we issued, for its sender or its recipient only, with its delivery state
/// (an extension of this gateway). Anyone else gets 404, so a txid reveals nothing to a third party.
/// </summary>
internal sealed class GetTransferEndpoint(SettlementDbContext db) : Endpoint<GetTransferRequest, TransferView>
{
    public override void Configure()
    {
        Get("transfers/{txid}");
        Group<OpenchargeApi>();
        Options(builder => builder.WithMetadata(new DocumentedErrors(new Dictionary<int, string> { [404] = "NOT_FOUND: no proof with this txid was issued to or for the caller.", })));
        Summary(s =>
        {
            s.Summary = "A proof this gateway issued, for its sender or recipient (extension, not an Opencharge capability)";
            s.Description = "Signed request (empty body). Answers {proof, signature, delivery: {state, attempts}} with the proof exactly " +
                            "as signed, when the caller is the proof's sender (the caller of /transfer/create) or recipient (to.ocid); " +
                            "404 NOT_FOUND otherwise. delivery.state is pending, delivered, rejected or dead.";
            s.Responses[200] = "The proof, its signature and its delivery state.";
        });
    }

    public override async Task HandleAsync(GetTransferRequest request, CancellationToken ct)
    {
        var caller = HttpContext.GetCaller().Ocid;
        var found = await (
                from proof in db.Proofs.AsNoTracking()
                join delivery in db.Deliveries.AsNoTracking() on proof.Txid equals delivery.Txid
                where proof.Txid == request.Txid
                      && (proof.RecipientOcid == caller || db.Transfers.Any(t => t.Txid == proof.Txid && t.CallerOcid == caller))
                select new { proof.ProofJson, proof.Signature, delivery.State, delivery.Attempts })
            .SingleOrDefaultAsync(ct)
            ?? throw new OpenchargeException(404, ErrorCodes.NotFound, "No proof with this txid was issued to or for you.");
        var body = ProofEnvelopeJson.Of(found.ProofJson, found.Signature)[..^1]
                   + ",\"delivery\":" + JsonSerializer.Serialize(new DeliveryView(found.State, found.Attempts), JsonSerializerOptions.Web) + "}";
        await Send.StringAsync(body, 200, "application/json", ct);
    }
}
