using Microsoft.Extensions.Options;
using PaymentGateway.Operators;
using PaymentGateway.Operators.SignIn;

namespace PaymentGateway.UnitTests.Operators;

/// <summary>
/// The time a sign-in takes must not say whether the name exists: every check does the same PBKDF2 work, that of the
/// most expensive configured hash, whatever the name and password.
/// </summary>
public sealed class SignInWorkTests
{
    private static readonly OperatorDirectory Mixed = new(Options.Create(new OperatorAccessOptions
    {
        Users =
        [
            new OperatorUser { Name = "plain", Password = "plain-pw", Role = "admin" },
            new OperatorUser { Name = "cheap", PasswordHash = PasswordHashes.Hash("cheap-pw", iterations: 1000), Role = "read-only" },
            new OperatorUser { Name = "dear", PasswordHash = PasswordHashes.Hash("dear-pw", iterations: 3000), Role = "read-only" },
        ],
    }));

    public static TheoryData<string, string, bool> Attempts => new()
    {
        { "nobody", "anything", false },
        { "", "", false },
        { "plain", "plain-pw", true },
        { "plain", "wrong", false },
        { "cheap", "cheap-pw", true },
        { "cheap", "wrong", false },
        { "dear", "dear-pw", true },
        { "dear", "wrong", false },
    };

    [Theory]
    [MemberData(nameof(Attempts))]
    public void Every_sign_in_spends_the_PBKDF2_work_of_the_most_expensive_user(string user, string password, bool valid)
    {
        var check = Mixed.Check(new BasicCredentials(user, password));
        Assert.Equal(valid, check.User is not null);
        Assert.Equal(3000, check.Pbkdf2Iterations);
    }

    [Fact]
    public void Without_hashed_users_no_sign_in_spends_PBKDF2_work()
    {
        var directory = new OperatorDirectory(Options.Create(new OperatorAccessOptions
        {
            Users = [new OperatorUser { Name = "plain", Password = "plain-pw", Role = "admin" }],
        }));
        Assert.Equal(0, directory.Check(new BasicCredentials("nobody", "x")).Pbkdf2Iterations);
        Assert.Equal("plain", directory.Check(new BasicCredentials("plain", "plain-pw")).User?.Name);
    }
}
