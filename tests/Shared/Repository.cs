namespace PaymentGateway.Testing;

/// <summary>The checkout's root folder, found by walking up to the solution file, for rules about source text.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PaymentGateway.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PaymentGateway.sln not found above " + AppContext.BaseDirectory);
    }
}
