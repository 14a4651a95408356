using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.UnitTests.Errors;

/// <summary>What the error middleware answers 503 SERVICE_UNAVAILABLE for, in the shapes Npgsql and EF Core throw them.</summary>
public sealed class DatabaseOutageClassificationTests
{
    private static NpgsqlException BrokenStream() => new("Exception while reading from stream", new EndOfStreamException());

    public static TheoryData<string, Exception> Outages => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "connection reset mid-command", BrokenStream() },
        { "broken pipe on write", new NpgsqlException("Exception while writing to stream", new IOException("Broken pipe")) },
        { "pool exhausted", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()) },
        { "server shutting down", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01") },
        { "too many connections", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300") },
        { "EF wraps it", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", BrokenStream()) },
        { "EF gave up retrying", new RetryLimitExceededException("The maximum number of retries was exceeded.", BrokenStream()) },
        { "EF SaveChanges", new DbUpdateException("An error occurred while saving the entity changes.", BrokenStream()) },
        { "socket without Npgsql", new SocketException((int)SocketError.ConnectionReset) },
        { "timeout", new TimeoutException() },
    };

    public static TheoryData<string, Exception> NotOutages => new()
    {
        { "unique violation", new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505") },
        { "bug", new InvalidOperationException("Sequence contains no elements") },
        { "EF error that is not transient", new DbUpdateException("bad", new PostgresException("null value", "ERROR", "ERROR", "23502")) },
        { "null", new NullReferenceException() },
        { "a partner's host refuses the connection", new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)) },
        { "a client library wraps the partner's refusal", new InvalidOperationException("request failed",
            new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))) },
        { "a partner's host times out", new HttpRequestException("timed out", new TimeoutException()) },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void A_transient_database_failure_is_an_outage(string name, Exception exception)
    {
        Assert.True(TransientFailures.IsDatabaseOutage(exception), name);
    }

    [Theory]
    [MemberData(nameof(NotOutages))]
    public void Anything_else_is_not(string name, Exception exception)
    {
        Assert.False(TransientFailures.IsDatabaseOutage(exception), name);
    }
}
