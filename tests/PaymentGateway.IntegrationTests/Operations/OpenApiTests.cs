using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

public sealed class OpenApiTests(LogCaptureScenario scenario) : IClassFixture<LogCaptureScenario>
{
    private static readonly string[] SignedHeaders = ["X-OC-ID", "X-OC-Timestamp", "X-OC-Nonce", "X-OC-Signature"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> DocumentAsync(string name)
    {
        using var response = await scenario.Gateway.Client.GetAsync($"/swagger/{name}/swagger.json", Ct);
        return await response.AssertOkJsonAsync();
    }

    private static string[] HeaderParameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "header" && p.GetProperty("required").GetBoolean())
                .Select(p => p.GetProperty("name").GetString()!)]
            : [];

    [Fact]
    public async Task Building_the_documents_logs_no_error()
    {
        await DocumentAsync("opencharge");
        await DocumentAsync("operator");

        // FastEndpoints documents a request's validation rules by creating each validator, child validators included;
        // one it cannot create is left out of the document with an error in the operators' log.
        var errors = scenario.Logs.Lines.Where(l => l.Level >= LogLevel.Error).Select(l => $"{l.Category}: {l.Message} {l.Exception}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public async Task The_Opencharge_document_describes_create_with_the_signed_headers_and_the_error_envelope()
    {
        var document = await DocumentAsync("opencharge");
        var create = document.GetProperty("paths").GetProperty("/opencharge/checkout/create").GetProperty("post");

        Assert.Equal(SignedHeaders.Order(), HeaderParameters(create).Order());
        Assert.True(create.TryGetProperty("requestBody", out var body), "the raw-body endpoint documents its request body");
        var json = body.GetProperty("content").GetProperty("application/json");
        Assert.EndsWith("/CreateCheckoutRequest", json.GetProperty("schema").GetProperty("$ref").GetString(), StringComparison.Ordinal);
        Assert.Equal(500, json.GetProperty("example").GetProperty("merchantOcid").GetInt64());
        foreach (var status in new[] { "200", "400", "401", "409", "413", "502", "503" })
            Assert.True(create.GetProperty("responses").TryGetProperty(status, out _), $"response {status} is documented");
        var envelope = create.GetProperty("responses").GetProperty("503").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("$ref").GetString();
        Assert.EndsWith("/OpenchargeErrorEnvelope", envelope, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_transfer_endpoints_are_documented_with_their_bodies_and_their_own_error_codes()
    {
        var document = await DocumentAsync("opencharge");
        var paths = document.GetProperty("paths");
        var create = paths.GetProperty("/opencharge/transfer/create").GetProperty("post");
        var webhook = paths.GetProperty("/opencharge/transfer/webhook").GetProperty("post");

        Assert.Equal(SignedHeaders.Order(), HeaderParameters(create).Order());
        Assert.EndsWith("/CreateTransferRequest", create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("$ref").GetString(), StringComparison.Ordinal);
        foreach (var (status, code) in new[] { ("400", "ACCOUNT_NOT_FOUND"), ("402", "INSUFFICIENT_FUNDS"), ("403", "UNAUTHORIZED"), ("409", "TRANSFER_CONFLICT") })
            Assert.Contains(code, create.GetProperty("responses").GetProperty(status).GetProperty("description").GetString(), StringComparison.Ordinal);
        foreach (var code in new[] { "ISSUER_NOT_ACCEPTED", "INVALID_PROOF", "PROOF_SIGNATURE_INVALID" })
            Assert.Contains(code, webhook.GetProperty("responses").GetProperty("400").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(paths.TryGetProperty("/opencharge/accounts/balance", out _));
        Assert.True(paths.TryGetProperty("/opencharge/transfers/{txid}", out _));
    }

    [Fact]
    public async Task Metadata_json_is_public_so_it_has_no_signed_headers()
    {
        var document = await DocumentAsync("opencharge");
        var metadata = document.GetProperty("paths").GetProperty("/opencharge/metadata.json").GetProperty("get");
        Assert.Empty(HeaderParameters(metadata));
    }

    [Fact]
    public async Task Hosted_pages_are_not_part_of_the_Opencharge_document()
    {
        var document = await DocumentAsync("opencharge");
        Assert.All(document.GetProperty("paths").EnumerateObject(), path => Assert.StartsWith("/opencharge/", path.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_operator_document_and_the_interactive_page_answer()
    {
        var document = await DocumentAsync("operator");
        Assert.Equal("3.0.0", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        Assert.All(paths.EnumerateObject(), path => Assert.StartsWith("/operator/", path.Name, StringComparison.Ordinal));
        // Each operator endpoint binds a typed request, so its parameters are documented from that type.
        var sessions = paths.GetProperty("/operator/sessions").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(parameter => parameter.GetProperty("name").GetString()!, parameter => parameter.GetProperty("schema"));
        Assert.Equal(["from", "page", "pageSize", "status", "to"], sessions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("date-time", sessions["from"].GetProperty("format").GetString());
        var redeliver = paths.GetProperty("/operator/deliveries/{txid}/redeliver").GetProperty("post").GetProperty("parameters").EnumerateArray();
        Assert.Equal(["txid:path", "force:query"], redeliver.Select(parameter => $"{parameter.GetProperty("name")}:{parameter.GetProperty("in")}"));
        using var page = await scenario.Gateway.Client.GetAsync("/swagger/index.html", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
