using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of PostgreSQL, to take the database away from a running gateway and give it back.
/// <see cref="Cut"/> resets every open connection and resets new ones as soon as they arrive (the client sees the
/// connection refused or reset, as when the server is down); <see cref="Restore"/> forwards again.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<int, (TcpClient Client, TcpClient Server)> _connections = new();
    private readonly string _targetHost;
    private readonly int _targetPort;
    private volatile bool _cut;
    private int _nextId;

    private TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptLoopAsync();
    }

    public int Port { get; }

    public static TcpProxy Start(string targetHost, int targetPort) => new(targetHost, targetPort);

    public void Cut()
    {
        _cut = true;
        foreach (var (id, pair) in _connections)
        {
            Reset(pair.Client);
            Reset(pair.Server);
            _connections.TryRemove(id, out _);
        }
    }

    public void Restore() => _cut = false;

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            if (_cut)
                Reset(client);
            else
                _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, _stopping.Token);
        }
        catch (Exception)
        {
            Reset(client);
            server.Dispose();
            return;
        }

        var id = Interlocked.Increment(ref _nextId);
        _connections[id] = (client, server);
        if (_cut)
        {
            // Cut() may have run between the accept and the registration.
            Reset(client);
            Reset(server);
        }
        try
        {
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        finally
        {
            _connections.TryRemove(id, out _);
            client.Dispose();
            server.Dispose();
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), _stopping.Token);
        }
        catch (Exception) when (_cut || _stopping.IsCancellationRequested || !from.Connected || !to.Connected)
        {
            // A cut or closed connection ends the pump; the other side is closed by ForwardAsync.
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Linger 0 makes Close send RST: the peer fails at once instead of waiting for an orderly shutdown.</summary>
    private static void Reset(TcpClient connection)
    {
        // The forwarding task may dispose the TcpClient at any moment (which nulls Client); the socket object stays.
        var socket = connection.Client;
        if (socket is null)
            return;
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
        }
    }

    public ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        Cut();
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
