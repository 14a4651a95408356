using System.Globalization;
using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operators;

public sealed class OperatorSessionsTests(OperatorScenario scenario) : IClassFixture<OperatorScenario>
{
    [Fact]
    public async Task Sessions_are_listed_newest_first_paged_and_filtered()
    {
        var since = Iso(DateTimeOffset.UtcNow.AddSeconds(-1));
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var created = await scenario.CreateCheckoutAsync();
            ids.Add((await created.AssertOkJsonAsync()).GetProperty("session_id").GetString()!);
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
        await Database.ScalarAsync<int>(scenario.ConnectionString, "UPDATE checkout.sessions SET status = 'cancelled', ended_at = now() WHERE id = $1", ids[0]);

        using var viewer = scenario.Viewer();
        var first = await GetAsync(viewer, $"/operator/sessions?from={since}&pageSize=2");
        Assert.Equal(3, first.GetProperty("total").GetInt64());
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(2, first.GetProperty("page_size").GetInt32());
        Assert.Equal([ids[2], ids[1]], Items(first).Select(i => i.GetProperty("session_id").GetString()));
        var second = await GetAsync(viewer, $"/operator/sessions?from={since}&pageSize=2&page=2");
        Assert.Equal([ids[0]], Items(second).Select(i => i.GetProperty("session_id").GetString()));

        var cancelled = Assert.Single(Items(await GetAsync(viewer, $"/operator/sessions?from={since}&status=cancelled")));
        Assert.Equal(ids[0], cancelled.GetProperty("session_id").GetString());
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(300, cancelled.GetProperty("caller_ocid").GetInt64());
        Assert.Equal(500, cancelled.GetProperty("merchant_ocid").GetInt64());
        Assert.Equal("99.99", cancelled.GetProperty("amount").GetString());
        Assert.Equal("USD", cancelled.GetProperty("currency").GetString());
        Assert.StartsWith("ord_", cancelled.GetProperty("order_id").GetString(), StringComparison.Ordinal);
        Assert.True(cancelled.GetProperty("expires_at").GetDateTimeOffset() > cancelled.GetProperty("created_at").GetDateTimeOffset());

        Assert.Empty(Items(await GetAsync(viewer, $"/operator/sessions?from={since}&status=completed")));
        Assert.Empty(Items(await GetAsync(viewer, $"/operator/sessions?from={since}&to={since}")));
    }

    [Theory]
    [InlineData("status=paid", "status")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=1/2/2026", "to")]
    [InlineData("from=2026-02-01&to=2026-01-01", "from")]
    public async Task Bad_input_is_a_400_envelope_naming_the_parameter(string query, string parameter)
    {
        using var viewer = scenario.Viewer();
        using var response = await viewer.GetAsync("/operator/sessions?" + query, TestContext.Current.CancellationToken);
        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty(parameter, out _), error.ToString());
    }

    [Theory]
    [InlineData("page=abc", "page", "must be a whole number from -2147483648 to 2147483647, not 'abc'")]
    [InlineData("from=yesterday", "from", "must be an ISO 8601 date or date-time, e.g. 2026-11-26T12:00:00Z, not 'yesterday'")]
    public async Task A_value_that_does_not_parse_says_what_the_parameter_expects(string query, string parameter, string problem)
    {
        using var viewer = scenario.Viewer();
        using var response = await viewer.GetAsync("/operator/sessions?" + query, TestContext.Current.CancellationToken);
        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal(problem, error.GetProperty("details").GetProperty(parameter).GetString());
        Assert.Equal($"The request has invalid fields: {parameter}.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Anonymous_callers_are_challenged()
    {
        using var response = await scenario.Gateway.Client.GetAsync("/operator/sessions", TestContext.Current.CancellationToken);
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.Equal("Basic realm=\"operators\"", response.Headers.WwwAuthenticate.ToString());
    }

    private static string Iso(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O", CultureInfo.InvariantCulture));

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return await response.AssertOkJsonAsync();
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];
}
