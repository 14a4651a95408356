using System.Text.Json;
using System.Text.Json.Serialization;
using FastEndpoints;
using Microsoft.AspNetCore.Authorization;
using Namotion.Reflection;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors.Contexts;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.OpenApi;

namespace PaymentGateway.Host.Operations.OpenApi;

/// <summary>
/// Describes what the OpenchargeApi group requires of every endpoint that did not opt out (<c>metadata.json</c>): the
/// four signed request headers (docs/protocol.md, Signed requests) and the error envelope for the statuses the plumbing can answer.
/// Also describes the JSON body of endpoints with a typed request.
/// </summary>
internal sealed class SignedRequestOperationProcessor : IOperationProcessor
{
    private static readonly JsonSerializerOptions ExampleJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly (string Name, string Description)[] Headers =
    [
        (OpenchargeHeaders.Id, "The caller's OCID (decimal); it must be in this gateway's directory."),
        (OpenchargeHeaders.Timestamp, "Unix seconds; accepted within ±300 s of the gateway's clock."),
        (OpenchargeHeaders.Nonce, "A fresh random value per request (at most 128 characters); a reused nonce is refused."),
        (OpenchargeHeaders.Signature, "130-hex secp256k1 signature (r||s||v, low-S) over the request as in PROTOCOL.md 4.3."),
    ];

    private static readonly (int Status, string Description)[] Errors =
    [
        (400, "INVALID_REQUEST, INVALID_SIGNATURE (order), ORDER_EXPIRED, UNKNOWN_OCID (merchant), SETTLEMENT_NOT_SUPPORTED or CURRENCY_NOT_SUPPORTED."),
        (401, "The request is not authentic: INVALID_SIGNATURE, TIMESTAMP_EXPIRED, NONCE_REUSED or UNKNOWN_OCID."),
        (409, "ORDER_CONFLICT: the merchant order (merchantOcid, order.id) already has a checkout, with different content or created by another caller."),
        (413, "PAYLOAD_TOO_LARGE: the body is larger than Opencharge:Authentication:MaxBodyBytes."),
        (502, "METADATA_UNAVAILABLE: a partner's metadata.json could not be fetched; retry later."),
        (503, "SERVICE_UNAVAILABLE: the gateway's database is unreachable; retry after Retry-After seconds."),
    ];

    public bool Process(OperationProcessorContext context)
    {
        AddRequestBody(context);
        var metadata = (context as AspNetCoreOperationProcessorContext)?.ApiDescription.ActionDescriptor.EndpointMetadata;
        var operation = context.OperationDescription.Operation;
        // FastEndpoints documents a bodiless 401 and 403 for every endpoint of a group that requires a scheme: the 401
        // is described below with its envelope, and the signature scheme never answers 403.
        foreach (var status in new[] { "401", "403" })
        {
            if (operation.Responses.TryGetValue(status, out var generic) && generic.Content.Count == 0)
                operation.Responses.Remove(status);
        }
        // The group's endpoints need a signed request unless they opted out (metadata.json).
        if (metadata?.OfType<IAllowAnonymous>().Any() is true)
            return true;

        foreach (var (name, description) in Headers)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                Kind = OpenApiParameterKind.Header,
                IsRequired = true,
                Description = description,
                Schema = new JsonSchema { Type = JsonObjectType.String },
            });
        }

        var envelope = context.SchemaGenerator.GenerateWithReference<JsonSchema>(
            typeof(OpenchargeErrorEnvelope).ToContextualType(), context.SchemaResolver);
        var own = metadata?.OfType<DocumentedErrors>().FirstOrDefault()?.Errors;
        // An endpoint's own descriptions replace the shared ones at the same status (the shared 400 and 409 are checkout's).
        var errors = Errors.Where(e => own is null || !own.ContainsKey(e.Status))
            .Concat(own?.Select(e => (Status: e.Key, Description: e.Value)) ?? []);
        foreach (var (status, description) in errors)
        {
            var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(code))
                continue;
            var response = new OpenApiResponse { Description = description };
            response.Content["application/json"] = new OpenApiMediaType { Schema = envelope };
            operation.Responses[code] = response;
        }
        return true;
    }

    /// <summary>
    /// The JSON body of an endpoint with a typed request. The OpenchargeApi group accepts any content type (the body is
    /// read from the signed bytes, and a routing 415 would answer outside the envelope), so FastEndpoints does not
    /// describe the body itself.
    /// </summary>
    private static void AddRequestBody(OperationProcessorContext context)
    {
        var metadata = (context as AspNetCoreOperationProcessorContext)?.ApiDescription.ActionDescriptor.EndpointMetadata;
        var definition = metadata?.OfType<EndpointDefinition>().FirstOrDefault();
        if (definition is null || definition.ReqDtoType == typeof(EmptyRequest) || !definition.Verbs.Contains("POST"))
            return;
        var example = definition.EndpointSummary?.RequestExamples.FirstOrDefault()?.Value;
        var schema = context.SchemaGenerator.GenerateWithReference<JsonSchema>(definition.ReqDtoType.ToContextualType(), context.SchemaResolver);
        var requestBody = new OpenApiRequestBody { IsRequired = true };
        // The document is written by Newtonsoft; a JToken keeps the example in the wire's camelCase.
        var exampleJson = example is null ? null : JToken.Parse(JsonSerializer.Serialize(example, example.GetType(), ExampleJson));
        requestBody.Content["application/json"] = new OpenApiMediaType { Schema = schema, Example = exampleJson };
        context.OperationDescription.Operation.RequestBody = requestBody;
    }
}
