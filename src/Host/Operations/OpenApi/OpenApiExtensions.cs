using FastEndpoints;
using FastEndpoints.Swagger;
using NJsonSchema;
using NJsonSchema.Generation.TypeMappers;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Operators;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Host.Operations.OpenApi;

internal static class OpenApiExtensions
{
    public static IServiceCollection AddGatewayOpenApi(this IServiceCollection services)
    {
        services.SwaggerDocument(options =>
        {
            options.DocumentSettings = settings =>
            {
                settings.DocumentName = OpenApiDocuments.Opencharge;
                settings.Title = "Opencharge Payment Gateway — Opencharge API";
                settings.Version = "v1";
                settings.OperationProcessors.Add(new SignedRequestOperationProcessor());
            };
            // The endpoints of the OpenchargeApi group: everything under the Opencharge base path.
            options.EndpointFilter = endpoint => endpoint.EndpointTags?.Contains(OpenchargeApi.Tag) is true;
            options.ExcludeNonFastEndpoints = true;
            options.EnableJWTBearerAuth = false; // Opencharge authenticates with signed headers, described per operation.
            options.ShortSchemaNames = true;
        });
        services.SwaggerDocument(options =>
        {
            options.DocumentSettings = settings =>
            {
                settings.DocumentName = OpenApiDocuments.Operator;
                settings.Title = "Opencharge Payment Gateway — operator API";
                settings.Version = "v1";
                // Operators type instants as ISO 8601 text; the type that parses them is not an object on the wire.
                settings.SchemaSettings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(IsoInstant), schema =>
                {
                    schema.Type = JsonObjectType.String;
                    schema.Format = JsonFormatStrings.DateTime;
                }));
            };
            options.EndpointFilter = IsOperator;
            options.ExcludeNonFastEndpoints = true;
            options.EnableJWTBearerAuth = false; // no operator authentication scheme is chosen yet
            options.ShortSchemaNames = true;
        });
        return services;
    }

    private static bool IsOperator(EndpointDefinition endpoint) =>
        endpoint.EndpointTags?.Contains(OperatorAccess.Tag) is true;
}
