using System.Globalization;
using System.Numerics;
using System.Reflection;
using FastEndpoints;
using Microsoft.Extensions.Primitives;

namespace PaymentGateway.Opencharge.AspNetCore.Errors;

/// <summary>
/// What a caller reads when a route or query value does not parse as its property's type (FastEndpoints'
/// <see cref="BindingOptions.FailureMessage"/>): what the field expects and what was sent, e.g. <c>must be a whole
/// number from -2147483648 to 2147483647, not 'abc'</c>, instead of the framework's "Value [abc] is not valid for a
/// [Int32] property!". The field itself is named by the envelope's details. A type parsed from text of our own says
/// what it expects in a public <c>Expected</c> constant.
/// </summary>
public static class BindingFailureWording
{
    private const int MaxEchoed = 40;

    public static void UseClearWording(this BindingOptions binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        binding.FailureMessage = Describe;
    }

    public static string Describe(Type type, string field, StringValues attempted)
    {
        ArgumentNullException.ThrowIfNull(type);
        var text = attempted.ToString();
        var echoed = text.Length > MaxEchoed ? text[..MaxEchoed] + "…" : text;
        return $"must be {Expected(Nullable.GetUnderlyingType(type) ?? type)}, not '{echoed}'";
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) => WholeNumber<int>(),
        _ when type == typeof(long) => WholeNumber<long>(),
        _ when type == typeof(short) => WholeNumber<short>(),
        _ when type == typeof(byte) => WholeNumber<byte>(),
        _ when type == typeof(uint) => WholeNumber<uint>(),
        _ when type == typeof(ulong) => WholeNumber<ulong>(),
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "a decimal number such as 12.50",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(Guid) => "an id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "an ISO 8601 date-time such as 2026-11-26T12:00:00Z",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ => type.GetField("Expected", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
             ?? "a valid " + type.Name,
    };

    private static string WholeNumber<T>() where T : IMinMaxValue<T>, IFormattable =>
        string.Create(CultureInfo.InvariantCulture, $"a whole number from {T.MinValue} to {T.MaxValue}");
}
