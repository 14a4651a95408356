using System.Text.Json;
using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Opencharge;

public sealed class NegativeVectorTests
{
    private static readonly OpenchargePublicKey PublicKey = OpenchargePublicKey.Parse(TestVectors.PublicKey);

    public static TheoryData<string> Names => TestVectors.Names("negative");

    [Theory]
    [MemberData(nameof(Names))]
    public void Is_rejected_in_every_accepted_encoding(string name)
    {
        var v = TestVectors.Get("negative", name);
        var canonical = v.Text("canonical");
        var signature = v.Text("signature");

        Assert.False(PublicKey.Verify(canonical, signature));
        Assert.False(PublicKey.Verify(canonical, signature[..128]));
        Assert.False(PublicKey.Verify(canonical, signature.ToUpperInvariant()));
        Assert.False(PublicKey.Verify(canonical, SignatureEncoding.ToDerHex(signature)));
        Assert.False(PublicKey.VerifyDigest(Convert.FromHexString(Sha256Hex.Of(canonical)), signature));

        using var doc = JsonDocument.Parse(canonical);
        Assert.Null(ObjectSignatures.Verify(PublicKey, doc.RootElement, signature));
    }

    [Fact]
    public void High_S_vector_is_exactly_the_malleable_twin_of_a_valid_signature()
    {
        // Proves the rejection is due to the high-S rule, not to a wrong (r, s).
        var valid = TestVectors.Get("objects", "order-variant-R").Text("signature");
        var highS = TestVectors.Get("negative", "order-variant-R-high-S").Text("signature");

        Assert.Equal(highS, SignatureEncoding.HighSTwin(valid));
        Assert.Equal(valid, SignatureEncoding.HighSTwin(highS));
    }

    [Fact]
    public void High_S_twins_of_every_vector_signature_are_rejected()
    {
        foreach (var section in new[] { "requests", "responses", "objects" })
        {
            foreach (var v in TestVectors.Root.GetProperty(section).EnumerateArray())
            {
                var twin = SignatureEncoding.HighSTwin(v.Text("signature"));
                Assert.True(PublicKey.Verify(v.Text("canonical"), v.Text("signature")));
                Assert.False(PublicKey.Verify(v.Text("canonical"), twin));
            }
        }
    }
}
