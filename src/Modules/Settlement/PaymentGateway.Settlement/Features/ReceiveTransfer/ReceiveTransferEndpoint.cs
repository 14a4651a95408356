using FastEndpoints;
using Microsoft.AspNetCore.Builder;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Opencharge.AspNetCore.OpenApi;

namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary>
/// POST {BasePath}/transfer/webhook — a settlement provider (or another gateway) tells us of a transfer to us with its
/// signed proof (docs/protocol.md, POST /transfer/webhook). The request signature was verified by the
/// OpenchargeApi group's authentication over the exact body bytes; the request is bound from those bytes, the proof kept as received.
/// </summary>
internal sealed class ReceiveTransferEndpoint(ReceiveTransferHandler handler) : Endpoint<ProofEnvelope, TransferWebhookResponse>
{
    public override void Configure()
    {
        Post("transfer/webhook");
        Group<OpenchargeApi>();
        RequestBinder(new ProofEnvelopeBinder());
        Options(builder => builder.WithMetadata(new DocumentedErrors(
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
            s.ExampleRequest = new ProofEnvelope
            {
                Proof = new TransferProof
                {
                    Txid = "bank_tx_456", Issuer = 100, From = new TransferParty { Ocid = 300, Reference = "funding_123" },
                    To = new TransferParty { Ocid = 200, Reference = "300" }, Amount = "100.00", Currency = "USD", Timestamp = 1767225600, Memo = "Top-up",
                },
                Signature = "<130 hex: the issuer's signature over the canonical proof>",
            };
            s.Responses[200] = "{status: \"accepted\", txid}.";
            s.ResponseExamples[200] = new TransferWebhookResponse("accepted", "bank_tx_456");
        });
    }

    public override async Task HandleAsync(ProofEnvelope request, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(HttpContext.GetCaller().Ocid, WebhookEnvelope.From(request), ct), ct);
}
