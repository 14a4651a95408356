using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
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

    /// <summary>
    /// How long a test's HTTP client waits for an answer. Generous: the first request for an OpenAPI document builds it,
    /// which takes half a second on a quiet machine and took 30 s on a loaded one; a request that hangs still fails.
    /// </summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    private readonly Factory _factory;

    private GatewayHost(Factory factory, string baseUrl, TestParty identity)
    {
        _factory = factory;
        BaseUrl = baseUrl;
        Identity = identity;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = RequestTimeout };
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
        var ocids = directory.ToList();
        // The port is chosen before the host starts (Opencharge:BaseUrl must name it), so another socket may take it
        // in between; a port lost that way is not a test failure: try another one.
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPorts.Free();
            var baseUrl = $"http://127.0.0.1:{port}";
            var factory = new Factory(Configuration(connectionString, partners, ocids, settings, identity, baseUrl), services);
            factory.UseKestrel(port);
            try
            {
                factory.StartServer();
                return Task.FromResult(new GatewayHost(factory, baseUrl, identity));
            }
            catch (Exception exception) when (attempt < 5 && IsAddressInUse(exception))
            {
                // Rare (LoopbackPorts stays out of the ephemeral range); what the failed host had started is left to the
                // end of the test run.
                factory.Dispose();
            }
        }
    }

    private static Dictionary<string, string?> Configuration(string connectionString, PartnerServer partners, List<long> directory,
        IReadOnlyDictionary<string, string?>? settings, TestParty identity, string baseUrl)
    {
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
        return configuration;
    }

    /// <summary>An HTTP client for a customer's browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowserClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl),
            Timeout = RequestTimeout,
        };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }

    private static bool IsAddressInUse(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
            if (inner is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
                return true;
        return false;
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
