using FastEndpoints;
using Microsoft.AspNetCore.Builder;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Opencharge.AspNetCore.OpenApi;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>
/// POST {BasePath}/transfer/create — a directory partner moves part of its balance at this gateway to another partner
/// and receives our signed proof (docs/protocol.md, POST /transfer/create). The OpenchargeApi group's authentication has
/// verified the request signature over the exact body bytes before this runs; the request is bound from those bytes.
/// </summary>
internal sealed class CreateTransferEndpoint(CreateTransferHandler handler) : Endpoint<CreateTransferRequest, ProofEnvelope>
{
    public override void Configure()
    {
        Post("transfer/create");
        Group<OpenchargeApi>();
        RequestBinder(new CreateTransferRequestBinder());
        Options(builder => builder.WithMetadata(new DocumentedErrors(
            new Dictionary<int, string>
            {
                [400] = "INVALID_REQUEST (a field is missing or malformed, e.g. from.reference), ACCOUNT_NOT_FOUND (to.ocid is not another partner) or CURRENCY_NOT_SUPPORTED.",
                [402] = "INSUFFICIENT_FUNDS: the caller's balance in the currency does not cover the amount; details {available, currency}.",
                [403] = "UNAUTHORIZED: from.ocid names another account than the caller's.",
                [409] = "TRANSFER_CONFLICT: from.reference was already used by the caller for a different transfer.",
            })));
        Summary(s =>
        {
            s.Summary = "Transfer part of the caller's balance at this gateway to another partner";
            s.Description = "Signed request. The caller (X-OC-ID) moves its own balance: from.ocid absent or equal to X-OC-ID, else 403 " +
                            "UNAUTHORIZED. from.reference is required and is the idempotency key with the caller: the same body again " +
                            "answers the same {proof, signature} byte for byte and moves no money; the same reference with another body " +
                            "is 409 TRANSFER_CONFLICT. to.ocid must be another partner in our directory (400 ACCOUNT_NOT_FOUND). " +
                            "amount is a positive decimal string, currency 3 to 10 uppercase letters or digits (400 INVALID_REQUEST), " +
                            "in a settlement currency (400 CURRENCY_NOT_SUPPORTED). A balance that does not cover the amount is 402 " +
                            "INSUFFICIENT_FUNDS with details {available, currency}. The proof is delivered to the recipient's " +
                            "/transfer/webhook with the same retries as checkout proofs.";
            s.ExampleRequest = new CreateTransferRequest
            {
                From = new TransferParty { Ocid = 300, Reference = "payout-2026-001" },
                To = new TransferParty { Ocid = 500, Reference = "inv-77" },
                Amount = "25.00", Currency = "USD", Memo = "Payout",
            };
            s.Responses[200] = "Our signed proof of the transfer (amount and currency byte for byte from the request).";
            s.ResponseExamples[200] = new ProofEnvelope
            {
                Proof = new TransferProof
                {
                    Txid = "pg_3f2a9c0d4b5e6f708192a3b4c5", Issuer = 200, From = new TransferParty { Ocid = 300, Reference = "payout-2026-001" },
                    To = new TransferParty { Ocid = 500, Reference = "inv-77" }, Amount = "25.00", Currency = "USD", Timestamp = 1767225600, Memo = "Payout",
                },
                Signature = "<130 hex: our signature over the canonical proof>",
            };
        });
    }

    public override async Task HandleAsync(CreateTransferRequest request, CancellationToken ct)
    {
        var proof = await handler.HandleAsync(HttpContext.GetCaller().Ocid, TransferRequest.From(request), ct);
        // The stored canonical text, not a serialised model: every answer carries the very bytes that were signed.
        await Send.StringAsync(ProofEnvelopeJson.Of(proof.CanonicalJson, proof.Signature), 200, "application/json", ct);
    }
}
