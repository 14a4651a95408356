using PaymentGateway.Merchants.Directory;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.UnitTests.Merchants;

public sealed class DirectoryEntriesTests
{
    [Fact]
    public void Entries_are_parsed_by_ocid()
    {
        var entries = DirectoryEntries.Create(new DirectoryOptions { Directory = { ["300"] = "https://mg.example/opencharge/metadata.json" } });
        Assert.True(entries.Contains(300));
        Assert.False(entries.Contains(301));
    }

    [Fact]
    public void Http_metadata_is_refused_unless_insecure_metadata_is_allowed()
    {
        var options = new DirectoryOptions { Directory = { ["300"] = "http://mg.example/metadata.json" } };
        Assert.Throws<GatewayConfigurationException>(() => DirectoryEntries.Create(options));
        options.AllowInsecureMetadata = true;
        Assert.True(DirectoryEntries.Create(options).Contains(300));
    }

    [Theory]
    [InlineData("abc", "https://mg.example/m.json")]
    [InlineData("-3", "https://mg.example/m.json")]
    [InlineData("300", "not a url")]
    public void Bad_entries_stop_start_up(string key, string url)
    {
        Assert.Throws<GatewayConfigurationException>(() => DirectoryEntries.Create(new DirectoryOptions { Directory = { [key] = url } }));
    }
}
