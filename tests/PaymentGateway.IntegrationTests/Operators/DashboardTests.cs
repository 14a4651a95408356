using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Settlement;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>The Hangfire dashboard over real HTTP: Basic sign-in, read-only operators, and an admin's requeue of a dead delivery.</summary>
public sealed partial class DashboardTests(OperatorScenario scenario) : IClassFixture<OperatorScenario>
{
    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task Anonymous_requests_are_challenged_for_Basic_credentials()
    {
        using var response = await scenario.Gateway.Client.GetAsync("/hangfire", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic realm=\"operators\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("admin", "wrong")]
    [InlineData("nobody", OperatorScenario.AdminPassword)]
    [InlineData("viewer", OperatorScenario.AdminPassword)]
    public async Task Wrong_credentials_are_refused(string user, string password)
    {
        using var client = scenario.Client(user, password);
        using var response = await client.GetAsync("/hangfire", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic realm=\"operators\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Configured_operators_see_the_dashboard()
    {
        foreach (var client in new[] { scenario.Admin(), scenario.Viewer() })
        {
            using (client)
            {
                var html = await client.GetStringAsync("/hangfire/recurring", TestContext.Current.CancellationToken);
                Assert.Contains("Opencharge gateway jobs", html, StringComparison.Ordinal);
                Assert.Contains("settlement:resume-deliveries", html, StringComparison.Ordinal);
                Assert.Contains("checkout:expire-sessions", html, StringComparison.Ordinal);
                Assert.Contains("merchants:purge-nonces", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_read_only_operator_cannot_requeue_and_an_admin_requeue_delivers_the_dead_proof()
    {
        var (completed, mg) = await scenario.DeadDeliveryAsync();
        var jobId = await _db.ScalarAsync<string>(
            "SELECT d.dead_job_id FROM settlement.deliveries d JOIN settlement.proofs p ON p.txid = d.txid WHERE p.session_id = $1", completed.SessionId);
        var storage = scenario.Gateway.Services.GetRequiredService<JobStorage>();
        await Eventually.GetAsync(() => Task.FromResult(JobState(storage, jobId)), state => state == "Failed", because: "the last job ends Failed");
        mg.Up();

        // The failed job is listed under its readable name.
        using var viewer = scenario.Viewer();
        var failedPage = await viewer.GetStringAsync("/hangfire/jobs/failed", TestContext.Current.CancellationToken);
        Assert.Contains($"Deliver proof {await scenario.TxidAsync(completed)} to OCID 300", failedPage, StringComparison.Ordinal);

        // Hangfire refuses commands from read-only users (IsReadOnlyFunc), even with a valid antiforgery token.
        using (var refused = await RequeueAsync(viewer, jobId))
            Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"read-only requeue answered {(int)refused.StatusCode}");
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        Assert.Equal("Failed", JobState(storage, jobId));
        Assert.Equal("dead", await _db.DeliveryStateAsync(completed.SessionId));

        using var admin = scenario.Admin();
        using (var accepted = await RequeueAsync(admin, jobId))
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: "delivered after the admin's requeue");
        var attempts = await _db.AttemptsAsync(completed.SessionId);
        Assert.Equal("operator-requeue/delivered", $"{attempts[^1].Trigger}/{attempts[^1].Outcome}");
        Assert.Equal(3, attempts.Count);
    }

    [Fact]
    public async Task A_dead_delivery_redelivered_through_the_API_leaves_no_Failed_job_behind()
    {
        var (completed, mg) = await scenario.DeadDeliveryAsync();
        var jobId = await _db.ScalarAsync<string>(
            "SELECT d.dead_job_id FROM settlement.deliveries d JOIN settlement.proofs p ON p.txid = d.txid WHERE p.session_id = $1", completed.SessionId);
        var storage = scenario.Gateway.Services.GetRequiredService<JobStorage>();
        await Eventually.GetAsync(() => Task.FromResult(JobState(storage, jobId)), state => state == "Failed", because: "the last job ends Failed");
        mg.Up();

        using var admin = scenario.Admin();
        using (var accepted = await admin.PostAsync($"/operator/deliveries/{await scenario.TxidAsync(completed)}/redeliver", null, TestContext.Current.CancellationToken))
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: "redelivered");

        // The failed job stood for a dead delivery; the delivery is not dead any more, so the job is not left Failed.
        Assert.Equal("Deleted", JobState(storage, jobId));
    }

    [Fact]
    public async Task A_command_without_the_antiforgery_token_is_refused_even_for_an_admin()
    {
        using var admin = scenario.Admin();
        using var form = new FormUrlEncodedContent([new("jobs[]", "1")]);
        using var response = await admin.PostAsync("/hangfire/jobs/failed/requeue", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>What the Requeue button on the Failed page sends: the job ids and the page's antiforgery header.</summary>
    private static async Task<HttpResponseMessage> RequeueAsync(HttpClient client, string jobId)
    {
        var page = await client.GetStringAsync("/hangfire/jobs/failed", TestContext.Current.CancellationToken);
        var header = WebUtility.HtmlDecode(MetaContent(page, "csrf-header"));
        var token = WebUtility.HtmlDecode(MetaContent(page, "csrf-token"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/jobs/failed/requeue")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", jobId)]),
        };
        request.Headers.Add(header, token);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string MetaContent(string html, string name)
    {
        var match = Regex.Match(html, $"<meta name=\"{name}\" content=\"([^\"]+)\"");
        Assert.True(match.Success, $"no {name} meta tag on the dashboard page");
        return match.Groups[1].Value;
    }

    private static string? JobState(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
