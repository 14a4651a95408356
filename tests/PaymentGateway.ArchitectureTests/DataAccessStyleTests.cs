namespace PaymentGateway.ArchitectureTests;

/// <summary>
/// docs/architecture.md, Data access: Settlement's writes (credit, transfer, receipt, delivery) are plain SQL
/// statements in the caller's transaction; EF serves its model, migrations and reads, never a write through the
/// change tracker beside those statements.
/// </summary>
public sealed class DataAccessStyleTests
{
    [Fact]
    public void Settlement_writes_no_row_through_the_EF_change_tracker()
    {
        var module = Modules.Named("Settlement");

        var offenders = Directory.EnumerateFiles(module.SourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => File.ReadAllText(file).Contains("SaveChanges", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Repository.Root, file));

        Assert.Empty(offenders);
    }
}
