using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Opencharge;

public sealed class KeyTests
{
    [Fact]
    public void Private_key_derives_the_vector_public_key()
    {
        var key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);

        Assert.Equal(TestVectors.PublicKey, key.PublicKey.ToHex());
        Assert.Equal(TestVectors.PrivateKey, key.ToHex());
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("0X")]
    [InlineData("")]
    public void Private_key_accepts_optional_0x_prefix_and_either_case(string prefix)
    {
        var key = OpenchargePrivateKey.Parse(prefix + TestVectors.PrivateKey.ToUpperInvariant());

        Assert.Equal(TestVectors.PrivateKey, key.ToHex());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("zz34567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef")]
    [InlineData("1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef00")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")] // = n
    [InlineData("0x0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890ab")]
    public void Private_key_parse_rejects_bad_input_without_echoing_it(string input)
    {
        var ex = Assert.Throws<FormatException>(() => OpenchargePrivateKey.Parse(input));

        if (input.Length > 0)
        {
            Assert.DoesNotContain(input, ex.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("1234567890abcdef", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(OpenchargePrivateKey.TryParse(input, out var key));
        Assert.Null(key);
    }

    [Fact]
    public void Private_key_try_parse_handles_null()
    {
        Assert.False(OpenchargePrivateKey.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => OpenchargePrivateKey.Parse(null!));
    }

    [Fact]
    public void Private_key_never_prints_itself()
    {
        var key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);

        Assert.DoesNotContain(TestVectors.PrivateKey, key.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestVectors.PrivateKey, $"{key}", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Generated_keys_are_distinct_round_trip_and_sign_verifiably()
    {
        var a = OpenchargePrivateKey.Generate();
        var b = OpenchargePrivateKey.Generate();

        Assert.NotEqual(a.ToHex(), b.ToHex());
        Assert.Matches("^[0-9a-f]{64}$", a.ToHex());
        Assert.Equal(a.ToHex(), OpenchargePrivateKey.Parse(a.ToHex()).ToHex());
        var signature = a.Sign("hello");
        Assert.True(a.PublicKey.Verify("hello", signature));
        Assert.False(b.PublicKey.Verify("hello", signature));
    }

    [Fact]
    public void Public_key_forms_parse_to_the_same_key()
    {
        var spec = OpenchargePublicKey.Parse(TestVectors.PublicKey);
        var withPrefix = OpenchargePublicKey.Parse("04" + TestVectors.PublicKey.ToUpperInvariant());
        var compressed = OpenchargePublicKey.Parse(TestVectors.PublicKeyCompressed);
        var compressedUpper = OpenchargePublicKey.Parse(TestVectors.PublicKeyCompressed.ToUpperInvariant());

        Assert.Equal(TestVectors.PublicKey, spec.ToHex());
        Assert.Equal(TestVectors.PublicKey, withPrefix.ToHex());
        Assert.Equal(TestVectors.PublicKey, compressed.ToHex());
        Assert.Equal(TestVectors.PublicKey, compressedUpper.ToHex());
        Assert.Equal(spec, compressed);
        Assert.Equal(spec.GetHashCode(), compressed.GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("04")]
    [InlineData("05bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef4")]
    [InlineData("06bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef4")]
    [InlineData("04bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020d")]
    [InlineData("bb50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef5")] // off the curve
    [InlineData("gg50e2d89a4ed70663d080659fe0ad4b9bc3e06c17a227433966cb59ceee020decddbf6e00192011648d13b1c00af770c0c1bb609d4d3a5c98a43772e0e18ef4")]
    public void Public_key_parse_rejects_bad_input(string input)
    {
        Assert.False(OpenchargePublicKey.TryParse(input, out var key));
        Assert.Null(key);
        Assert.Throws<FormatException>(() => OpenchargePublicKey.Parse(input));
    }

    [Fact]
    public void Signing_is_deterministic()
    {
        var key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);

        Assert.Equal(key.Sign("same input"), key.Sign("same input"));
        Assert.Equal(
            OpenchargePrivateKey.Parse(TestVectors.PrivateKey).Sign("same input"),
            key.Sign("same input"));
    }

    [Fact]
    public void One_key_instance_signs_and_verifies_concurrently()
    {
        // Keys are registered as singletons and used from many requests at once.
        var key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);
        var expected = Enumerable.Range(0, 200).Select(i => key.Sign("m" + i)).ToArray();

        Parallel.For(0, 200, i =>
        {
            Assert.Equal(expected[i], key.Sign("m" + i));
            Assert.True(key.PublicKey.Verify("m" + i, expected[i]));
        });
    }

    [Fact]
    public void Signatures_are_130_lowercase_hex_low_S_with_real_recovery_byte()
    {
        var key = OpenchargePrivateKey.Generate();
        var sawV = new HashSet<string>();
        for (var i = 0; i < 64; i++)
        {
            var signature = key.Sign("message " + i);
            Assert.Matches("^[0-9a-f]{128}(1b|1c)$", signature);
            var s = new System.Numerics.BigInteger(Convert.FromHexString(signature[64..128]), isUnsigned: true, isBigEndian: true);
            Assert.True(s <= SignatureEncoding.Order / 2);
            sawV.Add(signature[128..]);
        }

        // 64 signatures without both recovery ids would be a 2^-63 event: v is not hard-coded.
        Assert.Equal(2, sawV.Count);
    }

    [Fact]
    public void Sign_digest_signs_the_digest_directly()
    {
        var key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);
        var v = TestVectors.Get("requests", "request-post-payment-create");

        Assert.Equal(v.Text("signature"), key.SignDigest(Convert.FromHexString(v.Text("sha256"))));
        Assert.Throws<ArgumentException>(() => key.SignDigest(new byte[31]));
    }
}
