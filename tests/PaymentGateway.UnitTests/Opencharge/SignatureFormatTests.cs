using System.Text;
using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Opencharge;

public sealed class SignatureFormatTests
{
    private static readonly OpenchargePublicKey PublicKey = OpenchargePublicKey.Parse(TestVectors.PublicKey);
    private static readonly string Canonical = TestVectors.Get("requests", "request-post-payment-create").Text("canonical");
    private static readonly string Signature = TestVectors.Get("requests", "request-post-payment-create").Text("signature");

    [Fact]
    public void Der_form_of_TV1_verifies()
    {
        var der = SignatureEncoding.ToDerHex(Signature);

        Assert.StartsWith("3044022008bb6427", der, StringComparison.Ordinal);
        Assert.EndsWith("e9c1", der, StringComparison.Ordinal);
        Assert.True(PublicKey.Verify(Canonical, der));
        Assert.True(PublicKey.Verify(Canonical, der.ToUpperInvariant()));
    }

    [Fact]
    public void Compact_forms_verify_in_any_case_and_ignore_v()
    {
        Assert.True(PublicKey.Verify(Canonical, Signature[..128]));
        Assert.True(PublicKey.Verify(Canonical, Signature.ToUpperInvariant()));
        Assert.True(PublicKey.Verify(Canonical, Signature[..128] + "1c"));
        Assert.True(PublicKey.Verify(Canonical, Signature[..128] + "00"));
        Assert.True(PublicKey.VerifyDigest(Convert.FromHexString(Sha256Hex.Of(Canonical)), Signature));
    }

    [Fact]
    public void Compressed_public_key_verifies_the_same_signature()
    {
        Assert.True(OpenchargePublicKey.Parse(TestVectors.PublicKeyCompressed).Verify(Canonical, Signature));
    }

    public static TheoryData<string> Malformed => new()
    {
        "",
        " ",
        "zz",
        "1b",
        new string('0', 130),
        new string('f', 130),
        new string('f', 128),
        Signature[..127],
        Signature[..129],
        Signature + "00",
        Signature[..128] + "zz",
        "g" + Signature[1..],
        "30",
        "3000",
        "3044",
        "3006020100020100",
        "30440220" + new string('f', 64) + "0220" + new string('f', 64),
        "30" + new string('a', 300),
        "0x" + Signature,
        Signature.Replace('0', '\u0660'),
        "\u0000" + Signature[1..],
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_signatures_are_rejected_without_throwing(string signature)
    {
        Assert.False(PublicKey.Verify(Canonical, signature));
        Assert.False(PublicKey.VerifyDigest(new byte[32], signature));
        Assert.False(PublicKey.VerifyDigest(new byte[5], signature));
        Assert.Null(ObjectSignatures.Verify(PublicKey, System.Text.Json.JsonDocument.Parse("{}").RootElement, signature));
        Assert.False(RequestSigning.Verify(PublicKey, "200", "1706500000", "req_test123", signature, "POST", "/opencharge/payment/create", "/opencharge", Encoding.UTF8.GetBytes("{}")));
        Assert.False(ResponseSigning.Verify(PublicKey, "300", "1", 200, signature, []));
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(1234);
        const string alphabet = "0123456789abcdefABCDEF3x ";
        for (var i = 0; i < 2000; i++)
        {
            var length = random.Next(0, 160);
            var chars = new char[length];
            for (var j = 0; j < length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (random.Next(2) == 0 && length >= 2)
            {
                text = "30" + text[2..];
            }

            PublicKey.Verify(Canonical, text);
            OpenchargePublicKey.TryParse(text, out _);
            OpenchargePrivateKey.TryParse(text, out _);
        }
    }

    [Fact]
    public void Null_text_or_signature_is_rejected_without_throwing()
    {
        Assert.False(PublicKey.Verify(null!, Signature));
        Assert.False(PublicKey.Verify(Canonical, null!));
        Assert.False(PublicKey.VerifyDigest(new byte[32], null!));
        Assert.False(ResponseSigning.Verify(PublicKey, "300", "1", 200, null!, []));
    }
}
