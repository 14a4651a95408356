using System.Globalization;
using System.Text;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>
/// A statement as CSV (RFC 4180). Memos come from partners, so a field that a spreadsheet would read as a formula
/// (starting with =, +, -, @) is prefixed with an apostrophe.
/// </summary>
internal static class StatementCsv
{
    public static string Write(StatementResponse statement)
    {
        var csv = new StringBuilder("entry_id,posted_at,kind,txid,memo,debit,credit,balance\r\n");
        foreach (var line in statement.Entries)
        {
            csv.Append(line.EntryId.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(line.PostedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)).Append(',')
                .Append(Field(line.Kind)).Append(',').Append(Field(line.Txid ?? "")).Append(',').Append(Field(line.Memo)).Append(',')
                .Append(line.Debit).Append(',').Append(line.Credit).Append(',').Append(line.Balance).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
