using System.Data.Common;

namespace PaymentGateway.Opencharge.AspNetCore.Errors;

public static class TransientFailures
{
    /// <summary>A transient database error anywhere in the chain means "come back later", not a bug.</summary>
    public static bool IsDatabaseOutage(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException)
                return true;
        }
        return false;
    }
}
