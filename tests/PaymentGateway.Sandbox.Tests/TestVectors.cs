using System.Text.Json;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>Loads Vectors/test-vectors.json (PROTOCOL Appendix A.2) once.</summary>
internal static class TestVectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "test-vectors.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static string PrivateKey => Root.GetProperty("privateKey").GetString()!;

    public static string PublicKey => Root.GetProperty("publicKey").GetString()!;

    public static JsonElement Get(string section, string name)
    {
        foreach (var vector in Root.GetProperty(section).EnumerateArray())
        {
            if (vector.GetProperty("name").GetString() == name)
                return vector;
        }

        throw new InvalidOperationException($"No vector '{name}' in section '{section}'.");
    }

    public static string Text(this JsonElement vector, string property) => vector.GetProperty(property).GetString()!;
}
