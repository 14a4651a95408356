namespace PaymentGateway.Benchmark.Load;

/// <summary>
/// The load generator's HTTP client: <see cref="LoadRunner.Connections"/> keep-alive connections, no proxy, no cookie
/// jar and no redirects followed (a 303 is the answer being measured; cookies are carried by hand per session).
/// </summary>
internal static class BenchHttpClient
{
    public static HttpClient Create(Uri? baseAddress = null) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = LoadRunner.Connections,
            UseCookies = false,
            UseProxy = false,
            AllowAutoRedirect = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
}
