using Npgsql;
using NpgsqlTypes;

namespace PaymentGateway.Modularity.Persistence;

/// <summary>
/// The positional parameters ($1, $2, ...) of the plain SQL that modules keep on their hot paths, in one style:
/// typed (Npgsql writes the value without boxing and without guessing its type), and a NULL always with its type
/// (an untyped NULL cannot be inferred). Named differently from the collection's own <c>Add(object)</c>, which would
/// accept a raw value and fail only when executed.
/// </summary>
public static class PositionalParameters
{
    /// <summary>The next $n: a value that is never null.</summary>
    public static void AddTyped<T>(this NpgsqlParameterCollection parameters, T value)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
    }

    /// <summary>The next $n: text that may be NULL.</summary>
    public static void AddNullableText(this NpgsqlParameterCollection parameters, string? value) =>
        parameters.AddNullable(value, NpgsqlDbType.Text);

    /// <summary>The next $n: a value of <paramref name="type"/> that may be NULL.</summary>
    public static void AddNullable(this NpgsqlParameterCollection parameters, object? value, NpgsqlDbType type)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
    }
}
