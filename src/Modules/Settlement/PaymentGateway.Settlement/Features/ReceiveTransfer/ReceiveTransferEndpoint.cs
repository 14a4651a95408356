using FastEndpoints;
using Microsoft.AspNetCore.Builder;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Opencharge.AspNetCore.OpenApi;
using PaymentGateway.Settlement.Features.ProofDocs;

namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary>
/// POST {BasePath}/transfer/webhook — a settlement provider (or another gateway) tells us of a transfer to us with its
/// signed proof (docs/protocol.md, POST /transfer/webhook). The request signature was verified by the authentication
/// middleware over the exact body bytes; the body is parsed from those bytes.
/// </summary>
internal sealed class ReceiveTransferEndpoint(ReceiveTransferHandler handler) : EndpointWithoutRequest<TransferWebhookResponse>
{
    public override void Configure()
    {
        Post("transfer/webhook");
        Group<OpenchargeApi>();
        Options(builder => builder.WithMetadata(new DocumentedJsonBody(typeof(ProofEnvelopeDoc), Example), new DocumentedErrors(
            new Dictionary<int, string>
            {
                [400] = "INVALID_REQUEST (not {proof, signature}), ISSUER_NOT_ACCEPTED, INVALID_PROOF (issuer is not the sender, not addressed " +
                        "to us, bad amount or currency, missing fields, or the same (issuer, txid) with other content) or PROOF_SIGNATURE_INVALID.",
            })));
        Summary(s =>
        {
            s.Summary = "Receive a transfer proof addressed to this gateway";
            s.Description = "Signed request, body {proof, signature}. Checks in order: proof.issuer in our settlement.accepts (400 " +
                            "ISSUER_NOT_ACCEPTED); proof.issuer equal to X-OC-ID (400 INVALID_PROOF); the proof signature verifies with " +
                            "the issuer's published key, canonical variant R then T (400 PROOF_SIGNATURE_INVALID); proof.to.ocid is our " +
                            "OCID (400 INVALID_PROOF); amount and currency valid (400 INVALID_PROOF). Each proof is credited once per " +
                            "(issuer, txid): a repeat answers accepted with a message and credits nothing; the same key with other content " +
                            "is 400 INVALID_PROOF. proof.to.reference naming a partner's decimal OCID funds that partner's balance; " +
                            "anything else goes to suspense for an operator to allocate (still accepted). Every proof received is archived.";
            s.Responses[200] = "{status: \"accepted\", txid}.";
            s.ResponseExamples[200] = new TransferWebhookResponse("accepted", "bank_tx_456");
        });
    }

    private static readonly ProofEnvelopeDoc Example = new(
        new ProofDoc("bank_tx_456", 100, new ProofPartyDoc(300, "funding_123"), new ProofPartyDoc(200, "300"), "100.00", "USD", 1767225600, "Top-up"),
        "<130 hex: the issuer's signature over the canonical proof>");

    public override async Task HandleAsync(CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        var envelope = WebhookEnvelopeParser.Parse(caller.Body);
        await Send.OkAsync(await handler.HandleAsync(caller.Ocid, envelope, ct), ct);
    }
}
