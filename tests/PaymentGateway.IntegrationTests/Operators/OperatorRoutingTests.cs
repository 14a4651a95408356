using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>
/// Any method on any path under /operator, signed in or not, CORS preflight or not, and bodies that are not text: a
/// 4xx in the error envelope, never a 500 and never an empty body.
/// </summary>
public sealed class OperatorRoutingTests(OperatorScenario scenario) : IClassFixture<OperatorScenario>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "OPTIONS", "/operator/sessions" },
        { "OPTIONS", "/operator/deliveries/pg_x/redeliver" },
        { "OPTIONS", "/operator/nothing-here" },
        { "PUT", "/operator/sessions" },
        { "DELETE", "/operator/sessions" },
        { "PATCH", "/operator/deliveries" },
        { "DELETE", "/operator/deliveries/pg_x/redeliver" },
        { "GET", "/operator/deliveries/pg_x/redeliver" },
        { "GET", "/operator" },
        { "GET", "/operator/" },
        { "GET", "/operator/nothing-here" },
        { "POST", "/operator/nothing-here" },
        { "GET", "/operator/sessions/extra/segments" },
        { "GET", "/OPERATOR/NOTHING" },
        { "TRACE", "/operator/sessions" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Without_credentials_is_a_4xx_envelope(string method, string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(scenario.Gateway.BaseUrl) };
        await AssertEnvelopeAsync(client, method, path, preflight: false);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task As_a_preflight_without_credentials_is_a_4xx_envelope(string method, string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(scenario.Gateway.BaseUrl) };
        await AssertEnvelopeAsync(client, method, path, preflight: true);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task As_an_admin_is_a_4xx_envelope(string method, string path)
    {
        using var admin = scenario.Admin();
        await AssertEnvelopeAsync(admin, method, path, preflight: false);
    }

    [Theory]
    [InlineData("{\"from\":\"\\ud800\"}", "from")]
    [InlineData("{\"to\":\"2026-01-01\\udc00\"}", "to")]
    [InlineData("{\"ocid\":\"\\udbff\"}", "ocid")]
    [InlineData("{\"from\":\"\u0001\"}", "from")] // \u0001 is replaced by a byte that is not UTF-8
    public async Task A_bulk_redelivery_filter_that_is_not_text_is_400_naming_it(string body, string field)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == 1)
                bytes[i] = 0xFF;
        using var admin = scenario.Admin();
        using var response = await admin.PostAsync("/operator/deliveries/redeliver",
            new ByteArrayContent(bytes) { Headers = { { "Content-Type", "application/json" } } }, TestContext.Current.CancellationToken);
        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty(field, out _), error.ToString());
    }

    private static async Task AssertEnvelopeAsync(HttpClient client, string method, string path, bool preflight)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (preflight)
        {
            request.Headers.Add("Origin", "https://evil.example");
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        }
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{method} {path}: {(int)response.StatusCode} {body}");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"), "no CORS grant for the operator API");
        if (method == "HEAD")
            return;
        using var json = JsonDocument.Parse(body);
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("error").GetProperty("code").GetString()), body);
    }
}
