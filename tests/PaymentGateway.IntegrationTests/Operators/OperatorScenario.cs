using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Settlement;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>
/// Fast retries, two attempts per round (so a delivery dies within seconds) and two operators configured the way
/// the e2e run script does it: <c>admin</c> (admin) and <c>viewer</c> (read-only).
/// </summary>
public class OperatorScenario(PostgresServer postgres) : SettlementScenario(postgres)
{
    public const string AdminPassword = "admin-pass-1";
    public const string ViewerPassword = "viewer pass: with colon";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Settlement:Delivery:MaxAttempts"] = "2",
        ["Hangfire:Dashboard:Users:0:Name"] = "admin",
        ["Hangfire:Dashboard:Users:0:Password"] = AdminPassword,
        ["Hangfire:Dashboard:Users:0:Role"] = "admin",
        ["Hangfire:Dashboard:Users:1:Name"] = "viewer",
        ["Hangfire:Dashboard:Users:1:PasswordHash"] = PaymentGateway.Operators.SignIn.PasswordHashes.Hash(ViewerPassword, 1000),
        ["Hangfire:Dashboard:Users:1:Role"] = "read-only",
    };

    public HttpClient Admin() => Client("admin", AdminPassword);

    public HttpClient Viewer() => Client("viewer", ViewerPassword);

    /// <summary>
    /// A cookie-keeping client (the dashboard's antiforgery cookie) that signs every request in with Basic and, like a
    /// script, says so in <c>X-Requested-By</c> (which the operator API wants on state changes) unless
    /// <paramref name="asScript"/> is false.
    /// </summary>
    public HttpClient Client(string user, string password, bool asScript = true)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(Gateway.BaseUrl),
            Timeout = GatewayHost.RequestTimeout,
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        if (asScript)
            client.DefaultRequestHeaders.Add("X-Requested-By", "integration-tests");
        return client;
    }

    /// <summary>A delivery that failed both attempts and is dead; <see cref="Mg.Up"/> makes the MG accept from then on.</summary>
    public async Task<(CheckoutCompleted Completed, Mg Mg)> DeadDeliveryAsync(long? caller = null)
    {
        var completed = NewCompletion(caller: caller);
        var mg = new Mg();
        Script(completed.OrderId, _ => mg.IsUp ? WebhookReply.Accepted("x") : WebhookReply.Error(500));
        await PublishAsync(Gateway, completed);
        var db = new SettlementDatabase(ConnectionString);
        await Eventually.GetAsync(() => db.DeliveryStateAsync(completed.SessionId), state => state == "dead", because: "dead after two attempts");
        return (completed, mg);
    }

    public Task<string> TxidAsync(CheckoutCompleted completed) =>
        new SettlementDatabase(ConnectionString).ScalarAsync<string>("SELECT txid FROM settlement.proofs WHERE session_id = $1", completed.SessionId);

    public sealed class Mg
    {
        private volatile bool _up;

        public bool IsUp => _up;

        public void Up() => _up = true;
    }
}
