namespace PaymentGateway.Testing;

/// <summary>
/// The checkout's root folder, found by walking up from the running assembly to the solution file: for rules about
/// source text in tests, and for the benchmark to find the gateway's Release build.
/// </summary>
public static class Repository
{
    /// <summary>The root; throws when the running assembly does not sit below a checkout.</summary>
    public static string Root => TryFind() ?? throw new InvalidOperationException("PaymentGateway.sln not found above " + AppContext.BaseDirectory);

    /// <summary>The root, or null when the running assembly does not sit below a checkout.</summary>
    public static string? TryFind()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PaymentGateway.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
