using System.Net.Http.Headers;
using System.Text;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Transfers;

/// <summary>The transfer scenario with an admin and a read-only operator.</summary>
public sealed class OperatorLedgerScenario(PostgresServer postgres) : TransferScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["Hangfire:Dashboard:Users:0:Name"] = "admin",
        ["Hangfire:Dashboard:Users:0:Password"] = "admin-pass-1",
        ["Hangfire:Dashboard:Users:0:Role"] = "admin",
        ["Hangfire:Dashboard:Users:1:Name"] = "viewer",
        ["Hangfire:Dashboard:Users:1:Password"] = "viewer-pass-1",
        ["Hangfire:Dashboard:Users:1:Role"] = "read-only",
    };

    public HttpClient Operator(string user, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(Gateway.BaseUrl), Timeout = GatewayHost.RequestTimeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        client.DefaultRequestHeaders.Add("X-Requested-By", "integration-tests");
        return client;
    }
}
