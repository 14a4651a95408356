using System.Net;
using System.Net.Sockets;

namespace PaymentGateway.Testing;

/// <summary>
/// Ports for servers a test or the benchmark starts when their address must be known before they start (a gateway's
/// BaseUrl names its own port).
/// </summary>
public static class LoopbackPorts
{
    /// <summary>
    /// A loopback port nobody listens on right now, chosen below Linux's ephemeral range (32768-60999): the many
    /// outgoing connections of a test run (database pools, HTTP clients) draw their local ports from that range and
    /// could take a port from it between this probe and the server's bind.
    /// </summary>
    public static int Free()
    {
        while (true)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // In use: try another.
            }
        }
    }
}
