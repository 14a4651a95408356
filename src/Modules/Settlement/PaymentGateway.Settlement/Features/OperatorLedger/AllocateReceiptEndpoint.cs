using FastEndpoints;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Operators;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>POST /operator/receipts/{issuer}/{txid}/allocate {ocid}: an admin credits a receipt waiting in suspense to a partner.</summary>
internal sealed class AllocateReceiptEndpoint(ReceiptAllocator allocator) : Endpoint<AllocateReceiptRequest, OperatorReceiptAllocated>
{
    public override void Configure()
    {
        Post("receipts/{issuer}/{txid}/allocate");
        Group<OperatorApi>();
        Policies(OperatorAccess.AdminPolicy);
        Summary(s =>
        {
            s.Summary = "Allocate a receipt in suspense to a partner (operator admins)";
            s.Description = "HTTP Basic, admin role, body {\"ocid\": <partner>}. Books debit suspense, credit the partner, and records the " +
                            "operator and time on the receipt. 404 NOT_FOUND for an unknown receipt; 409 CONFLICT when it is already " +
                            "credited to a partner; 400 INVALID_REQUEST when ocid is not a partner in the directory.";
        });
    }

    public override async Task HandleAsync(AllocateReceiptRequest request, CancellationToken ct)
    {
        var outcome = await allocator.AllocateAsync(request.Issuer, request.Txid, request.Ocid, User.Identity?.Name ?? "unknown", ct);
        if (outcome is null)
            throw new OpenchargeException(404, ErrorCodes.NotFound, "No receipt with this issuer and txid.");
        if (outcome == false)
            throw new OpenchargeException(409, OperatorErrorCodes.Conflict, "The receipt is already credited to a partner.");
        await Send.OkAsync(new OperatorReceiptAllocated(request.Issuer, request.Txid, request.Ocid), ct);
    }
}
