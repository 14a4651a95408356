using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>
/// The real gateway host (its Program, configuration and migrations) on Kestrel on a free loopback port, so that
/// partners reach it and it reaches them over real HTTP. Several may share one database, as in production.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public static readonly TestParty DefaultIdentity = TestParty.Create(200, "Test Payment Gateway");

    private readonly Factory _factory;

    private GatewayHost(Factory factory, string baseUrl, TestParty identity)
    {
        _factory = factory;
        BaseUrl = baseUrl;
        Identity = identity;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string BaseUrl { get; }

    public TestParty Identity { get; }

    /// <summary>A plain HTTP client aimed at the gateway (no cookies, redirects not followed).</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="directory">The OCIDs of <paramref name="partners"/> that this gateway deals with.</param>
    /// <param name="settings">Extra configuration, e.g. <c>["Checkout:SessionLifetime"] = "00:00:05"</c>.</param>
    /// <param name="services">Test-only registrations applied after the host's own (e.g. a stand-in for a module not merged yet).</param>
    public static Task<GatewayHost> StartAsync(string connectionString, PartnerServer partners, IEnumerable<long> directory,
        IReadOnlyDictionary<string, string?>? settings = null, TestParty? identity = null, Action<IServiceCollection>? services = null)
    {
        identity ??= DefaultIdentity;
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:PaymentGateway"] = connectionString,
            ["Opencharge:Ocid"] = identity.Ocid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Opencharge:PrivateKey"] = identity.Key.ToHex(),
            ["Opencharge:BaseUrl"] = baseUrl,
            ["Opencharge:AllowInsecureMetadata"] = "true",
            ["Outbox:PollInterval"] = "00:00:00.500",
            // Several hosts run at once in a test run; keep each one's connection count modest.
            ["Hangfire:Server:WorkerCount"] = "4",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var ocid in directory)
            configuration[$"Opencharge:Directory:{ocid}"] = partners.MetadataUrl(ocid);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;

        var factory = new Factory(configuration, services);
        factory.UseKestrel(port);
        factory.StartServer();
        return Task.FromResult(new GatewayHost(factory, baseUrl, identity));
    }

    /// <summary>An HTTP client for a customer's browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowserClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> configuration, Action<IServiceCollection>? services)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // UseSetting values are visible to Program while it composes the host (before Build).
            foreach (var (key, value) in configuration)
                builder.UseSetting(key, value);
            builder.UseEnvironment("Testing");
            if (services is not null)
                builder.ConfigureTestServices(services);
        }
    }
}
