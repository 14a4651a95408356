using System.Reflection;

namespace PaymentGateway.EndToEndTests.Infrastructure;

/// <summary>
/// Where the apps under test and the artifacts live. The build writes the DLL paths into this assembly (see the
/// csproj), so the tests run the very outputs that the same <c>dotnet test</c> just built, in its configuration.
/// </summary>
internal static class TestPaths
{
    /// <summary>Set by scripts/test.sh to its results folder; screenshots and app logs go below it.</summary>
    public const string ArtifactsVariable = "PAYMENTGATEWAY_TEST_ARTIFACTS";

    public static string GatewayDll => Metadata("GatewayDll");

    public static string SandboxDll => Metadata("SandboxDll");

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string Artifacts
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(ArtifactsVariable);
            return string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(RepositoryRoot, ".local", "test-results")
                : Path.GetFullPath(configured);
        }
    }

    /// <summary>A folder below <see cref="Artifacts"/>, created when missing.</summary>
    public static string ArtifactFolder(string name) => Directory.CreateDirectory(Path.Combine(Artifacts, name)).FullName;

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; see PaymentGateway.EndToEndTests.csproj.");
}
