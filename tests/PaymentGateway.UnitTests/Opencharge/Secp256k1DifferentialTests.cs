using System.Security.Cryptography;
using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Opencharge;

/// <summary>
/// The native library (libsecp256k1) and the managed fallback (NBitcoin.Secp256k1) must be interchangeable:
/// the same signature bytes (RFC 6979, low-S, recovery id) and the same verdict on every input.
/// </summary>
public sealed class Secp256k1DifferentialTests
{
    private const int RandomCases = 2000;
    private static readonly OpenchargePrivateKey VectorKey = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);

    [Fact]
    public void The_native_library_loads_on_this_platform_and_is_the_one_in_use()
    {
        Assert.True(NativeSecp256k1.IsAvailable);
        Assert.Equal(Secp256k1Backend.Native, Secp256k1Selection.Current);
    }

    public static TheoryData<string, string> SignedVectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var section in new[] { "requests", "responses", "objects" })
        {
            foreach (var vector in TestVectors.Root.GetProperty(section).EnumerateArray())
            {
                data.Add(section, vector.Text("name"));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SignedVectors))]
    public void Both_libraries_sign_every_vector_to_its_bytes_and_verify_it(string section, string name)
    {
        var vector = TestVectors.Get(section, name);
        var digest = Convert.FromHexString(vector.Text("sha256"));
        var expected = vector.Text("signature");

        Assert.Equal(expected, VectorKey.SignDigest(digest, Secp256k1Backend.Native));
        Assert.Equal(expected, VectorKey.SignDigest(digest, Secp256k1Backend.Managed));
        Assert.True(Verify(VectorKey.PublicKey, digest, expected, Secp256k1Backend.Native));
        Assert.True(Verify(VectorKey.PublicKey, digest, expected, Secp256k1Backend.Managed));
    }

    [Fact]
    public void On_random_keys_and_digests_both_libraries_agree_on_signatures_and_verdicts()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var i = 0; i < RandomCases; i++)
        {
            var key = OpenchargePrivateKey.Generate();
            var other = OpenchargePrivateKey.Generate();
            var digest = new byte[32];
            random.NextBytes(digest);

            var native = key.SignDigest(digest, Secp256k1Backend.Native);
            var managed = key.SignDigest(digest, Secp256k1Backend.Managed);
            Assert.True(native == managed, $"seed {seed}, case {i}: native {native} but managed {managed}");
            Assert.True(native[128..] is "1b" or "1c", $"seed {seed}, case {i}: v is {native[128..]}");

            var tampered = (byte[])digest.Clone();
            tampered[random.Next(32)] ^= (byte)(1 << random.Next(8));
            var der = SignatureEncoding.ToDerHex(native);
            foreach (var backend in new[] { Secp256k1Backend.Native, Secp256k1Backend.Managed })
            {
                Assert.True(Verify(key.PublicKey, digest, native, backend), $"seed {seed}, case {i}, {backend}: own signature refused");
                Assert.True(Verify(key.PublicKey, digest, der, backend), $"seed {seed}, case {i}, {backend}: DER form refused");
                Assert.False(Verify(key.PublicKey, tampered, native, backend), $"seed {seed}, case {i}, {backend}: tampered digest accepted");
                Assert.False(Verify(other.PublicKey, digest, native, backend), $"seed {seed}, case {i}, {backend}: wrong key accepted");
            }
        }
    }

    [Fact]
    public void The_recovery_id_recovers_the_signer_with_either_library()
    {
        for (var i = 0; i < 200; i++)
        {
            var key = OpenchargePrivateKey.Generate();
            var digest = RandomNumberGenerator.GetBytes(32);
            var signature = key.SignDigest(digest, Secp256k1Backend.Native);

            var recovered = Recover(digest, signature);

            Assert.Equal(key.PublicKey.ToHex(), recovered);
        }
    }

    [Fact]
    public void A_compressed_and_an_uncompressed_key_give_the_same_verdicts_natively()
    {
        var key = OpenchargePrivateKey.Generate();
        var digest = RandomNumberGenerator.GetBytes(32);
        var signature = key.SignDigest(digest, Secp256k1Backend.Native);
        var compressed = OpenchargePublicKey.Parse(Compress(key.PublicKey.ToHex()));

        Assert.True(Verify(compressed, digest, signature, Secp256k1Backend.Native));
        Assert.True(Verify(compressed, digest, signature, Secp256k1Backend.Managed));
    }

    private static bool Verify(OpenchargePublicKey key, byte[] digest, string signature, Secp256k1Backend backend) =>
        SignatureText.TryParse(signature, out var parsed) && key.Verify(digest, parsed!, backend);

    // Recovery through the managed library, independently of the signing path under test.
    private static string Recover(byte[] digest, string signature)
    {
        var compact = Convert.FromHexString(signature[..128]);
        var recoveryId = Convert.ToInt32(signature[128..], 16) - 27;
        Assert.True(NBitcoin.Secp256k1.SecpRecoverableECDSASignature.TryCreateFromCompact(compact, recoveryId, out var recoverable));
        Assert.True(NBitcoin.Secp256k1.ECPubKey.TryRecover(NBitcoin.Secp256k1.Context.Instance, recoverable!, digest, out var publicKey));
        Span<byte> uncompressed = stackalloc byte[65];
        publicKey!.WriteToSpan(false, uncompressed, out _);
        return Convert.ToHexStringLower(uncompressed[1..]);
    }

    private static string Compress(string xy)
    {
        var yIsOdd = (Convert.FromHexString(xy[126..128])[0] & 1) == 1;
        return (yIsOdd ? "03" : "02") + xy[..64];
    }
}
