using System.Text.RegularExpressions;

namespace PaymentGateway.ArchitectureTests;

/// <summary>
/// docs/architecture.md, Data access: every state transition and only-once rule of the modules and of the Modularity
/// building block (outbox, inbox, purge, replay) is plain SQL through Npgsql; EF Core serves the model, the migrations
/// and LINQ reads behind views. So no source file of theirs writes through EF (the change tracker's SaveChanges,
/// ExecuteUpdate/ExecuteDelete) or sends SQL through the DbContext (ExecuteSql…, SqlQuery…, FromSql…): raw SQL is
/// one style, on the Npgsql connection or batch, with positional parameters.
/// </summary>
public sealed partial class DataAccessStyleTests
{
    public static TheoryData<string> Folders()
    {
        var data = new TheoryData<string>();
        foreach (var module in Modules.All)
            data.Add(Path.GetRelativePath(Repository.Root, module.SourceFolder));
        data.Add(Path.Combine("src", "BuildingBlocks", "PaymentGateway.Modularity"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void No_write_or_raw_SQL_goes_through_EF(string folder)
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsGenerated(file))
            .SelectMany(file => EfWrite().Matches(File.ReadAllText(file)).Select(match => $"{Path.GetRelativePath(Repository.Root, file)}: {match.Value}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_rule_sees_an_EF_write()
    {
        Assert.Matches(EfWrite(), "await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(set => set, ct);");
        Assert.Matches(EfWrite(), "await db.SaveChangesAsync(ct);");
        Assert.Matches(EfWrite(), "await db.Database.SqlQueryRaw<int>(sql).ToListAsync(ct);");
        Assert.DoesNotMatch(EfWrite(), "await using var command = dataSource.CreateCommand(Sql).With(id);");
    }

    private static bool IsGenerated(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(SaveChanges|ExecuteUpdate|ExecuteDelete|ExecuteSql|SqlQuery|FromSql)\w*\s*(<[^>]*>)?\s*\(")]
    private static partial Regex EfWrite();
}
