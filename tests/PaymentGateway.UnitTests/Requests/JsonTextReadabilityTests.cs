using System.Text;
using System.Text.Json;
using CsCheck;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.UnitTests.Requests;

/// <summary>
/// The text check judges a string value as readable exactly when System.Text.Json can read it as a string, whether
/// it decides from the raw bytes (no escape) or by decoding (escapes).
/// </summary>
public sealed class JsonTextReadabilityTests
{
    private static readonly string[] Texts = ["é", "€", "😀", "\\n", "\\\"", "\\u00e9", "\\ud800", "\\udc00", "\\ud83d\\ude00"];

    /// <summary>An encoded surrogate, an overlong form, a code point above U+10FFFF, a truncated sequence.</summary>
    private static readonly byte[][] Broken = [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];

    /// <summary>Printable ASCII, the bytes of multi-byte and broken UTF-8 sequences, and escapes (lone surrogates among them).</summary>
    private static readonly Gen<byte[]> Pieces = Gen.OneOf(
        Gen.Byte[0x20, 0x7E].Where(b => b is not (byte)'"' and not (byte)'\\').Select(b => new[] { b }),
        Gen.Byte[0x80, 0xFF].Select(b => new[] { b }),
        Gen.OneOf(Texts).Select(Encoding.UTF8.GetBytes),
        Gen.OneOf(Broken));

    [Fact]
    public void A_string_value_is_readable_exactly_when_it_can_be_read_as_a_string() =>
        Pieces.Array[0, 8].Sample(pieces =>
        {
            var json = new List<byte> { (byte)'"' };
            foreach (var piece in pieces)
                json.AddRange(piece);
            json.Add((byte)'"');
            using var document = JsonDocument.Parse(json.ToArray());

            Assert.Equal(CanBeReadAsString(document.RootElement), JsonTextCheck.IsReadable(document.RootElement));
        });

    [Fact]
    public void Broken_and_escaped_surrogate_text_is_unreadable_and_the_rest_readable()
    {
        Assert.True(IsReadable("\"caf\u00e9 \\u00e9 \\ud83d\\ude00\""u8.ToArray()));
        Assert.False(IsReadable("\"\\ud800\""u8.ToArray()));
        Assert.False(IsReadable([(byte)'"', 0xC3, (byte)'"']));
        Assert.False(IsReadable([(byte)'"', 0xED, 0xA0, 0x80, (byte)'"']));
    }

    private static bool IsReadable(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonTextCheck.IsReadable(document.RootElement);
    }

    private static bool CanBeReadAsString(JsonElement value)
    {
        try
        {
            _ = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
