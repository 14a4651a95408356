using Microsoft.Extensions.Options;
using PaymentGateway.Operators;
using PaymentGateway.Operators.SignIn;

namespace PaymentGateway.UnitTests.Operators;

public sealed class PasswordHashesTests
{
    [Theory]
    [InlineData("secret", "secret", true)]
    [InlineData("secret", "Secret", false)]
    [InlineData("secret", "secret ", false)]
    [InlineData("secret", "", false)]
    [InlineData("", "", true)]
    public void Plain_passwords_compare_exactly(string expected, string actual, bool equal) =>
        Assert.Equal(equal, PasswordHashes.FixedTimeEquals(expected, actual));

    [Fact]
    public void A_PBKDF2_hash_verifies_its_password_only()
    {
        var hash = PasswordHashes.Hash("correct horse", iterations: 1000);
        Assert.StartsWith("pbkdf2-sha256$1000$", hash, StringComparison.Ordinal);
        Assert.True(PasswordHashes.IsWellFormed(hash));
        Assert.True(PasswordHashes.Verify(hash, "correct horse"));
        Assert.False(PasswordHashes.Verify(hash, "correct horse "));
        Assert.NotEqual(hash, PasswordHashes.Hash("correct horse", iterations: 1000)); // salted
    }

    [Theory]
    [InlineData("")]
    [InlineData("sha1$1000$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$0$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$many$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$1000$not base64$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$1000$c2FsdHNhbHQ=")]
    public void Malformed_hashes_are_refused_and_verify_nothing(string encoded)
    {
        Assert.False(PasswordHashes.IsWellFormed(encoded));
        Assert.False(PasswordHashes.Verify(encoded, "anything"));
    }

    [Fact]
    public void The_directory_names_every_setting_to_fix_and_never_a_password()
    {
        var options = new OperatorAccessOptions
        {
            Users =
            [
                new OperatorUser { Name = "ok", Password = "pw", Role = "admin" },
                new OperatorUser { Name = "", Password = "hunter2", Role = "root" },
                new OperatorUser { Name = "nopass", Role = "read-only" },
                new OperatorUser { Name = "badhash", PasswordHash = "md5$x", Role = "read-only" },
            ],
        };
        var problems = OperatorDirectory.Validate(options);
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Hangfire:Dashboard:Users:1:Name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Hangfire:Dashboard:Users:1:Role", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("hunter2", StringComparison.Ordinal));

        var directory = new OperatorDirectory(Options.Create(new OperatorAccessOptions { Users = [options.Users[0]] }));
        Assert.Equal("ok", directory.Authenticate(new BasicCredentials("ok", "pw"))?.Name);
        Assert.Null(directory.Authenticate(new BasicCredentials("ok", "PW")));
        Assert.Null(directory.Authenticate(new BasicCredentials("OK", "pw")));
    }
}
