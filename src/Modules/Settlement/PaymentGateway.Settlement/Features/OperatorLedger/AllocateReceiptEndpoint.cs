using FastEndpoints;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Operators;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>POST /operator/receipts/{issuer}/{txid}/allocate {ocid}: an admin credits a receipt waiting in suspense to a partner.</summary>
internal sealed class AllocateReceiptEndpoint(ReceiptAllocator allocator, IPartnerDirectory directory) : EndpointWithoutRequest<OperatorReceiptAllocated>
{
    public override void Configure()
    {
        Post("operator/receipts/{issuer}/{txid}/allocate");
        RoutePrefixOverride(string.Empty);
        AuthSchemes(OperatorAccess.Scheme);
        Policies(OperatorAccess.AdminPolicy);
        Tags(OperatorAccess.Tag);
        Summary(s =>
        {
            s.Summary = "Allocate a receipt in suspense to a partner (operator admins)";
            s.Description = "HTTP Basic, admin role, body {\"ocid\": <partner>}. Books debit suspense, credit the partner, and records the " +
                            "operator and time on the receipt. 404 NOT_FOUND for an unknown receipt; 409 CONFLICT when it is already " +
                            "credited to a partner; 400 INVALID_REQUEST when ocid is not a partner in the directory.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var input = new OperatorInput();
        var issuer = input.ReadOcid("issuer", Route<string>("issuer", isRequired: false));
        var txid = Route<string>("txid", isRequired: false) ?? "";
        var body = await ReadBodyAsync(ct);
        if (body is null || body.Ocid <= 0 || !directory.IsKnown(body.Ocid))
            input.Problem("ocid", "must be the OCID of a partner in the directory");
        input.ThrowIfInvalid();

        var outcome = await allocator.AllocateAsync(issuer!.Value, txid, body!.Ocid, User.Identity?.Name ?? "unknown", ct);
        if (outcome is null)
            throw new OpenchargeException(404, ErrorCodes.NotFound, "No receipt with this issuer and txid.");
        if (outcome == false)
            throw new OpenchargeException(409, OperatorErrorCodes.Conflict, "The receipt is already credited to a partner.");
        await Send.OkAsync(new OperatorReceiptAllocated(issuer.Value, txid, body.Ocid), ct);
    }

    private async Task<AllocateReceiptBody?> ReadBodyAsync(CancellationToken ct)
    {
        try
        {
            return await System.Text.Json.JsonSerializer.DeserializeAsync<AllocateReceiptBody>(HttpContext.Request.Body, cancellationToken: ct);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
