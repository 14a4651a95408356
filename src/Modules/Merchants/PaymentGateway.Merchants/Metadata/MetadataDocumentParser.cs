using System.Text.Json;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Merchants.Metadata;

/// <summary>
/// Validates a metadata document before anything in it is trusted (docs/protocol.md, Metadata). Reads the nested
/// <c>config.*</c> form first and the legacy flat form as a fallback.
/// </summary>
internal static class MetadataDocumentParser
{
    public static ParsedMetadata Parse(long ocid, JsonElement root, bool allowInsecure)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new InvalidMetadataException("the document is not a JSON object");

        var hasConfig = root.TryGetProperty("config", out var config) && config.ValueKind == JsonValueKind.Object;
        var source = hasConfig ? config : root;

        var name = RequiredString(root, "name");
        var publicKeyText = RequiredString(source, "publicKey");
        if (!OpenchargePublicKey.TryParse(publicKeyText, out var publicKey))
            throw new InvalidMetadataException("publicKey is not a secp256k1 public key");

        var endpoint = RequiredString(source, "endpoint");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var endpointUrl) || endpointUrl.Scheme is not ("https" or "http"))
            throw new InvalidMetadataException("endpoint is not an absolute URL");
        if (endpointUrl.Scheme == "http" && !allowInsecure)
            throw new InvalidMetadataException("endpoint must be HTTPS");

        var settlement = source.TryGetProperty("settlement", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var profile = new PartnerProfile(
            ocid,
            name,
            OptionalHttpUrl(root, "icon"),
            publicKey!,
            endpoint.TrimEnd('/'),
            StringArray(source, "capabilities"),
            settlement.ValueKind == JsonValueKind.Object ? StringArray(settlement, "currencies") : [],
            settlement.ValueKind == JsonValueKind.Object ? IntegerArray(settlement, "accepts") : []);

        return new ParsedMetadata(profile, ConfigSignatureStatus(root, config, hasConfig, publicKey!));
    }

    private static ConfigSignature ConfigSignatureStatus(JsonElement root, JsonElement config, bool hasConfig, OpenchargePublicKey key)
    {
        if (!hasConfig || !root.TryGetProperty("signature", out var signature) || signature.ValueKind != JsonValueKind.String)
            return ConfigSignature.Absent;
        return ObjectSignatures.Verify(key, config, signature.GetString()!) is null ? ConfigSignature.Invalid : ConfigSignature.Valid;
    }

    private static string RequiredString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            throw new InvalidMetadataException($"{name} is missing or not a string");
        return value.GetString()!;
    }

    private static string? OptionalHttpUrl(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
            ? url.ToString()
            : null;

    private static string[] StringArray(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
            throw new InvalidMetadataException($"{name} must be an array of strings");
        return [.. value.EnumerateArray().Select(item => item.GetString()!)];
    }

    private static long[] IntegerArray(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out _)))
            throw new InvalidMetadataException($"{name} must be an array of OCIDs");
        return [.. value.EnumerateArray().Select(item => item.GetInt64())];
    }
}
