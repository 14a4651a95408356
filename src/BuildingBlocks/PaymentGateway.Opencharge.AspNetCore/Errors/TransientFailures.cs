using System.Data.Common;

namespace PaymentGateway.Opencharge.AspNetCore.Errors;

public static class TransientFailures
{
    /// <summary>
    /// A transient database error anywhere in the chain means "come back later", not a bug. A socket error or timeout
    /// under an <see cref="HttpRequestException"/> belongs to an outgoing HTTP call (a partner's metadata host), not to
    /// the database: that is the partner's outage, answered 502 by whoever made the call, never a 503 of ours.
    /// </summary>
    public static bool IsDatabaseOutage(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException)
                return false;
            if (current is DbException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException)
                return true;
        }
        return false;
    }
}
