using System.Text.Json;
using FastEndpoints;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Operators;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>
/// POST /operator/deliveries/redeliver <c>{ocid?, from?, to?}</c>: redelivers every dead delivery matching the filter
/// (at least one is required, so nobody resends everything by accident) in one conditional update.
/// </summary>
internal sealed class BulkRedeliverEndpoint(Redeliverer redeliverer) : EndpointWithoutRequest<BulkRedeliverResponse>
{
    private const int MaxBodyBytes = 4096;

    public override void Configure()
    {
        Post("operator/deliveries/redeliver");
        RoutePrefixOverride(string.Empty);
        AuthSchemes(OperatorAccess.Scheme);
        Policies(OperatorAccess.AdminPolicy);
        Tags(OperatorAccess.Tag);
        Description(d => d.Accepts<BulkRedeliverBody>("application/json"));
        Summary(s =>
        {
            s.Summary = "Redeliver all dead proofs of an MG and/or a time range (operator admins)";
            s.Description = "HTTP Basic, admin role. Body {ocid?, from?, to?} (ISO 8601, from <= created_at < to), at least one filter. " +
                            "Resets every matching dead delivery to pending with a fresh attempt budget and enqueues it; answers {requeued: n}.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        // Read by hand: a typed body would turn a malformed date into the binder's own 400 instead of our envelope.
        var input = new OperatorInput();
        using var document = await ReadBodyAsync(ct);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new OpenchargeException(400, ErrorCodes.InvalidRequest, "The body must be a JSON object {ocid?, from?, to?}.");
        var ocid = input.ReadOcid("ocid", Text(root, "ocid", input));
        var (from, to) = input.ReadWindow(Text(root, "from", input), Text(root, "to", input));
        if (ocid is null && from is null && to is null)
            input.Problem("filter", "give at least one of ocid, from, to");
        input.ThrowIfInvalid();

        var requeued = await redeliverer.RedeliverDeadAsync(ocid, from, to, User.Identity?.Name ?? "unknown", ct);
        await Send.OkAsync(new BulkRedeliverResponse(requeued), ct);
    }

    private async Task<JsonDocument> ReadBodyAsync(CancellationToken ct)
    {
        var body = HttpContext.Request.Body;
        using var buffer = new MemoryStream();
        var chunk = new byte[1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                throw new OpenchargeException(413, ErrorCodes.PayloadTooLarge, "The body is too large.");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            throw new OpenchargeException(400, ErrorCodes.InvalidRequest, "The request has invalid parameters.",
                new Dictionary<string, object?> { ["filter"] = "give at least one of ocid, from, to" });
        try
        {
            return JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            throw new OpenchargeException(400, ErrorCodes.InvalidRequest, "The body is not valid JSON.");
        }
    }

    /// <summary>A string or number property as text; null when absent or null.</summary>
    private static string? Text(JsonElement root, string name, OperatorInput input)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            input.Problem(name, "must be a string or a number");
            return null;
        }
        try
        {
            return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        }
        catch (InvalidOperationException)
        {
            // The reader lets an escaped lone surrogate or bytes that are not UTF-8 through; they are not text.
            input.Problem(name, "must be valid Unicode text");
            return null;
        }
    }
}
