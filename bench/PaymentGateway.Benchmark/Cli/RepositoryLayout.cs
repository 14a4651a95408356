namespace PaymentGateway.Benchmark.Cli;

/// <summary>The repository the benchmark was built from: the gateway's Release build is found below it.</summary>
internal static class RepositoryLayout
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaymentGateway.sln")))
                return dir.FullName;
        }
        throw new UsageException("cannot find PaymentGateway.sln above the benchmark; pass --repo.");
    }

    public static string GatewayDll(string root) =>
        Path.Combine(root, "src", "Host", "bin", "Release", "net10.0", "PaymentGateway.Host.dll");
}
