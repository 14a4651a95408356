using System.Net;
using System.Net.Sockets;

namespace PaymentGateway.EndToEndTests.Infrastructure;

/// <summary>
/// A loopback port nobody listens on right now. There is a small window before the app binds it; a clash shows up
/// as a start-up failure with the app's own message, not as a silent mix-up (the other app would not be ours).
/// </summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
