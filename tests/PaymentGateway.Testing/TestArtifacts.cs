namespace PaymentGateway.Testing;

/// <summary>
/// Where a test run leaves what outlives it (reports, screenshots, the ledgers' trial balances): the folder that
/// scripts/test.sh names in <c>PAYMENTGATEWAY_TEST_ARTIFACTS</c> (and empties before each run), otherwise
/// <c>.local/test-results</c> in the checkout, so a bare <c>dotnet test</c> on a clean clone writes there too.
/// </summary>
public static class TestArtifacts
{
    public const string EnvironmentVariable = "PAYMENTGATEWAY_TEST_ARTIFACTS";

    public static string Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(configured))
                return Path.GetFullPath(configured);
            return Path.Combine(Repository.TryFind() ?? Path.GetTempPath(), ".local", "test-results");
        }
    }
}
