using Npgsql;
using NpgsqlTypes;

namespace PaymentGateway.Modularity.Persistence;

/// <summary>
/// Positional parameters (<c>$1</c>, <c>$2</c>, …) for the statements written in plain Npgsql, one call each, so a
/// statement reads as its SQL plus its arguments in order.
/// </summary>
public static class SqlCommands
{
    /// <summary>Appends the next positional parameter, typed as <typeparamref name="T"/> (no boxing).</summary>
    public static NpgsqlCommand With<T>(this NpgsqlCommand command, T value)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return command;
    }

    /// <summary>Appends the next positional parameter, SQL NULL of <paramref name="type"/> when <paramref name="value"/> is null.</summary>
    public static NpgsqlCommand WithNullable(this NpgsqlCommand command, object? value, NpgsqlDbType type)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
        return command;
    }

    /// <summary>As <see cref="With{T}(NpgsqlCommand, T)"/>, for a statement of an <see cref="NpgsqlBatch"/>.</summary>
    public static NpgsqlBatchCommand With<T>(this NpgsqlBatchCommand command, T value)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return command;
    }

    /// <summary>As <see cref="WithNullable(NpgsqlCommand, object?, NpgsqlDbType)"/>, for a statement of an <see cref="NpgsqlBatch"/>.</summary>
    public static NpgsqlBatchCommand WithNullable(this NpgsqlBatchCommand command, object? value, NpgsqlDbType type)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
        return command;
    }
}
