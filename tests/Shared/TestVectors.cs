using System.Text.Json;

namespace PaymentGateway.Testing;

/// <summary>
/// Loads Vectors/test-vectors.json once and exposes each section by vector name for data-driven tests. Shared by the
/// unit and sandbox tests as a linked source file.
/// </summary>
internal static class TestVectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "test-vectors.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static string PrivateKey => Root.GetProperty("privateKey").GetString()!;

    public static string PublicKey => Root.GetProperty("publicKey").GetString()!;

    public static string PublicKeyCompressed => Root.GetProperty("publicKeyCompressed").GetString()!;

    public static TheoryData<string> Names(string section)
    {
        var data = new TheoryData<string>();
        foreach (var vector in Root.GetProperty(section).EnumerateArray())
        {
            data.Add(vector.GetProperty("name").GetString()!);
        }

        return data;
    }

    public static JsonElement Get(string section, string name)
    {
        foreach (var vector in Root.GetProperty(section).EnumerateArray())
        {
            if (vector.GetProperty("name").GetString() == name)
            {
                return vector;
            }
        }

        throw new InvalidOperationException($"No vector '{name}' in section '{section}'.");
    }

    public static string Text(this JsonElement vector, string property) => vector.GetProperty(property).GetString()!;
}
