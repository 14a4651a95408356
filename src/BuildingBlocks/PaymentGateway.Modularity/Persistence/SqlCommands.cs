using Npgsql;
using NpgsqlTypes;

namespace PaymentGateway.Modularity.Persistence;

/// <summary>
/// Positional parameters (<c>$1</c>, <c>$2</c>, …) for the statements written in plain Npgsql, one call each and
/// typed, so a value never goes through <c>object</c> and a statement reads as its SQL plus its arguments in order.
/// </summary>
public static class SqlCommands
{
    /// <summary>Appends the next positional parameter.</summary>
    public static NpgsqlCommand With<T>(this NpgsqlCommand command, T value)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return command;
    }

    /// <summary>Appends the next positional parameter, SQL NULL when <paramref name="value"/> is null.</summary>
    public static NpgsqlCommand WithNullable<T>(this NpgsqlCommand command, T? value, NpgsqlDbType type)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter { Value = value.HasValue ? value.Value : DBNull.Value, NpgsqlDbType = type });
        return command;
    }

    /// <summary>Appends the next positional parameter, SQL NULL when <paramref name="value"/> is null.</summary>
    public static NpgsqlCommand WithNullable(this NpgsqlCommand command, string? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        return command;
    }
}
