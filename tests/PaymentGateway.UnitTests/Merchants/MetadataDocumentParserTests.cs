using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Merchants.Metadata;
using PaymentGateway.Opencharge;

namespace PaymentGateway.UnitTests.Merchants;

public sealed class MetadataDocumentParserTests
{
    private static readonly OpenchargePrivateKey Key = OpenchargePrivateKey.Generate();

    private static JsonObject Config() => new()
    {
        ["publicKey"] = Key.PublicKey.ToHex(),
        ["endpoint"] = "https://mg.example/opencharge",
        ["capabilities"] = new JsonArray("orders.checkout", "transfer.webhook"),
        ["settlement"] = new JsonObject { ["currencies"] = new JsonArray("USD"), ["accepts"] = new JsonArray(200, 100) },
    };

    private static ParsedMetadata Parse(JsonNode document, bool allowInsecure = false) =>
        MetadataDocumentParser.Parse(300, JsonDocument.Parse(document.ToJsonString()).RootElement, allowInsecure);

    [Fact]
    public void The_nested_form_is_read_and_its_config_signature_checked()
    {
        var config = Config();
        var parsed = Parse(new JsonObject { ["opencharge"] = "0.1", ["name"] = "MG", ["icon"] = "https://mg.example/i.png", ["config"] = config.DeepClone(), ["signature"] = ObjectSignatures.Sign(Key, config) });
        Assert.Equal(ConfigSignature.Valid, parsed.ConfigSignature);
        Assert.Equal("https://mg.example/opencharge", parsed.Profile.Endpoint);
        Assert.Equal([200L, 100L], parsed.Profile.SettlementAccepts);
        Assert.Equal(Key.PublicKey, parsed.Profile.PublicKey);
    }

    [Fact]
    public void A_bad_config_signature_is_reported_not_fatal()
    {
        var parsed = Parse(new JsonObject { ["name"] = "MG", ["config"] = Config(), ["signature"] = new string('a', 130) });
        Assert.Equal(ConfigSignature.Invalid, parsed.ConfigSignature);
    }

    [Fact]
    public void The_legacy_flat_form_is_accepted()
    {
        var flat = Config();
        flat["name"] = "Flat MG";
        var parsed = Parse(flat);
        Assert.Equal("Flat MG", parsed.Profile.Name);
        Assert.Equal(ConfigSignature.Absent, parsed.ConfigSignature);
    }

    [Fact]
    public void A_compressed_public_key_is_accepted()
    {
        var config = Config();
        config["publicKey"] = "02bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020d";
        var parsed = Parse(new JsonObject { ["name"] = "MG", ["config"] = config });
        Assert.StartsWith("bb50e2d8", parsed.Profile.PublicKey.ToHex());
    }

    [Theory]
    [InlineData("publicKey", "not-a-key")]
    [InlineData("endpoint", "not a url")]
    [InlineData("endpoint", "http://mg.example/opencharge")]
    public void Invalid_documents_are_refused(string field, string value)
    {
        var config = Config();
        config[field] = value;
        Assert.Throws<InvalidMetadataException>(() => Parse(new JsonObject { ["name"] = "MG", ["config"] = config }));
    }

    [Fact]
    public void Http_endpoints_are_allowed_only_when_insecure_metadata_is()
    {
        var config = Config();
        config["endpoint"] = "http://127.0.0.1:5090/mg/opencharge";
        Assert.Equal("http://127.0.0.1:5090/mg/opencharge", Parse(new JsonObject { ["name"] = "MG", ["config"] = config }, allowInsecure: true).Profile.Endpoint);
    }

    [Fact]
    public void Wrong_types_are_refused()
    {
        var config = Config();
        config["settlement"] = new JsonObject { ["accepts"] = new JsonArray("200") };
        Assert.Throws<InvalidMetadataException>(() => Parse(new JsonObject { ["name"] = "MG", ["config"] = config }));
        Assert.Throws<InvalidMetadataException>(() => Parse(new JsonArray()));
        Assert.Throws<InvalidMetadataException>(() => Parse(new JsonObject { ["config"] = Config() }));
    }
}
