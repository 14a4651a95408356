using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Opencharge;

public sealed class ObjectVectorTests
{
    private static readonly OpenchargePrivateKey Key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);
    private static readonly OpenchargePublicKey PublicKey = OpenchargePublicKey.Parse(TestVectors.PublicKey);

    public static TheoryData<string> Names => TestVectors.Names("objects");

    [Theory]
    [MemberData(nameof(Names))]
    public void Canonical_form_for_the_vector_variant_matches_from_element_and_node(string name)
    {
        var v = TestVectors.Get("objects", name);
        var variant = VariantOf(v.Text("canonicalization"));
        var obj = v.GetProperty("object");

        Assert.Equal(v.Text("canonical"), CanonicalJson.Serialize(obj, variant));
        Assert.Equal(v.Text("canonical"), CanonicalJson.Serialize(JsonNode.Parse(obj.GetRawText())!, variant));
        Assert.Equal(v.Text("sha256"), Sha256Hex.Of(v.Text("canonical")));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Signature_is_reproduced_and_verifies_as_its_variant(string name)
    {
        var v = TestVectors.Get("objects", name);
        var variant = VariantOf(v.Text("canonicalization"));
        var obj = v.GetProperty("object");

        Assert.Equal(v.Text("signature"), Key.Sign(v.Text("canonical")));
        Assert.True(PublicKey.Verify(v.Text("canonical"), v.Text("signature")));
        Assert.Equal(variant, ObjectSignatures.Verify(PublicKey, obj, v.Text("signature")));
        if (variant == CanonicalVariant.R)
        {
            Assert.Equal(v.Text("signature"), ObjectSignatures.Sign(Key, JsonNode.Parse(obj.GetRawText())!));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_changed_object_does_not_verify(string name)
    {
        var v = TestVectors.Get("objects", name);
        var changed = JsonNode.Parse(v.GetProperty("object").GetRawText())!.AsObject();
        changed["injected"] = 1;

        using var doc = System.Text.Json.JsonDocument.Parse(changed.ToJsonString());
        Assert.Null(ObjectSignatures.Verify(PublicKey, doc.RootElement, v.Text("signature")));
    }

    private static CanonicalVariant VariantOf(string description) =>
        description.StartsWith('T') ? CanonicalVariant.T : CanonicalVariant.R;
}
