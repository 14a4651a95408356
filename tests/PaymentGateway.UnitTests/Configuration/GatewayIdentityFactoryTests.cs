using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.UnitTests.Configuration;

public sealed class GatewayIdentityFactoryTests
{
    private static GatewayOptions Valid() => new()
    {
        Ocid = 200,
        PrivateKey = "1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef",
        BaseUrl = "http://127.0.0.1:5080",
    };

    [Fact]
    public void A_valid_configuration_gives_the_endpoint_we_publish()
    {
        var identity = GatewayIdentityFactory.Create(Valid());
        Assert.Equal("http://127.0.0.1:5080/opencharge", identity.Endpoint);
        Assert.Equal("bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef4", identity.PublicKeyHex);
    }

    [Fact]
    public void A_malformed_private_key_stops_start_up_without_repeating_the_key()
    {
        var options = Valid();
        options.PrivateKey = "deadbeefnotakey";
        var exception = Assert.Throws<GatewayConfigurationException>(() => GatewayIdentityFactory.Create(options));
        Assert.Contains("Opencharge:PrivateKey", exception.Message);
        Assert.DoesNotContain("deadbeefnotakey", exception.Message);
    }

    [Fact]
    public void Every_missing_setting_is_named_at_once()
    {
        var exception = Assert.Throws<GatewayConfigurationException>(() => GatewayIdentityFactory.Create(new GatewayOptions()));
        Assert.Contains(exception.Problems, p => p.Contains("Opencharge:Ocid"));
        Assert.Contains(exception.Problems, p => p.Contains("Opencharge:PrivateKey"));
        Assert.Contains(exception.Problems, p => p.Contains("Opencharge:BaseUrl"));
    }

    [Fact]
    public void The_key_can_come_from_a_file()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, OpenchargePrivateKey.Generate().ToHex() + "\n");
        var options = Valid();
        options.PrivateKey = null;
        options.PrivateKeyFile = path;
        Assert.Equal(200, GatewayIdentityFactory.Create(options).Ocid);
        File.Delete(path);
    }

    [Fact]
    public void A_missing_key_file_is_named()
    {
        var options = Valid();
        options.PrivateKey = null;
        options.PrivateKeyFile = "/nonexistent/gateway.key";
        var exception = Assert.Throws<GatewayConfigurationException>(() => GatewayIdentityFactory.Create(options));
        Assert.Contains("/nonexistent/gateway.key", exception.Message);
    }
}
