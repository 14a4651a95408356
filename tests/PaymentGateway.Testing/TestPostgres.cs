namespace PaymentGateway.Testing;

/// <summary>The PostgreSQL server of a test run, named by an environment variable that scripts/test.sh sets.</summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "PAYMENTGATEWAY_TEST_POSTGRES";

    /// <summary>The admin connection string, or null when the variable is not set.</summary>
    public static string? Configured =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The admin connection string; without it, an error that says how to provide one.</summary>
    public static string Required => Configured ?? throw new InvalidOperationException(
        $"These tests need PostgreSQL: set {EnvironmentVariable} to an admin connection string " +
        "(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres), or run scripts/test.sh.");
}
