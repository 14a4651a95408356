using System.Net;
using System.Text;
using FastEndpoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;

namespace PaymentGateway.IntegrationTests.Api;

/// <summary>
/// docs/protocol.md, Endpoints we serve: request authentication belongs to the OpenchargeApi group, so an endpoint gets
/// it by joining the group, and only an endpoint that opts out (metadata.json) answers an unsigned request.
/// </summary>
public sealed class OpenchargeGroupAuthenticationTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string MetadataPath => scenario.BasePath + "/metadata.json";

    /// <summary>Every route of the group as (method, path), route parameters filled in.</summary>
    private List<(string Method, string Path, bool Anonymous)> GroupRoutes() =>
        [.. scenario.Gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<EndpointDefinition>()?.EndpointTags?.Contains(OpenchargeApi.Tag) is true)
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method => (
                method,
                "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => segment.IsSimple && segment.Parts[0].IsLiteral
                    ? ((Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart)segment.Parts[0]).Content
                    : "x1")),
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)))];

    [Fact]
    public async Task Every_endpoint_of_the_group_but_metadata_json_refuses_an_unsigned_request()
    {
        var routes = GroupRoutes();

        Assert.Equal([MetadataPath], routes.Where(route => route.Anonymous).Select(route => route.Path));
        var signed = routes.Where(route => route.Path != MetadataPath).ToList();
        Assert.True(signed.Count >= 7, $"the group's endpoints were found: {string.Join(", ", signed)}");
        foreach (var (method, path, _) in signed)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await scenario.Gateway.Client.SendAsync(request, Ct);
            var error = await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");
            Assert.Equal(4, error.GetProperty("details").GetProperty("missingHeaders").GetArrayLength());
        }
    }

    [Fact]
    public async Task Metadata_json_answers_an_unsigned_request()
    {
        using var response = await scenario.Gateway.Client.GetAsync(MetadataPath, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/no/such/thing")]
    [InlineData("DELETE", "/capabilities")]
    [InlineData("POST", "/capabilities")]
    public async Task An_unsigned_request_to_a_path_or_method_we_do_not_serve_is_401_before_the_404_or_405(string method, string path)
    {
        using var response = await scenario.Gateway.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), scenario.BasePath + path), Ct);
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task A_signed_request_with_a_method_we_do_not_serve_is_405()
    {
        using var response = await scenario.Gateway.Client.SendAsync(
            SignedRequests.Create(scenario.MerchantGateway, HttpMethod.Delete, scenario.BasePath + "/capabilities"), Ct);
        await response.AssertErrorAsync(HttpStatusCode.MethodNotAllowed, "INVALID_REQUEST");
    }

    [Fact]
    public async Task Another_method_on_metadata_json_is_405_without_a_signature()
    {
        using var response = await scenario.Gateway.Client.PostAsync(MetadataPath, new StringContent("{}", Encoding.UTF8, "application/json"), Ct);
        await response.AssertErrorAsync(HttpStatusCode.MethodNotAllowed, "INVALID_REQUEST");
    }
}
