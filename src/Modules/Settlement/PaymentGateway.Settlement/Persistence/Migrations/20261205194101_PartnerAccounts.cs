using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaymentGateway.Settlement.Persistence.Migrations
{
    /// <summary>
    /// One name per concept: the ledger's accounts of partners change kind from <c>counterparty</c> to <c>partner</c>
    /// (and their codes from <c>counterparty:300:USD</c> to <c>partner:300:USD</c>), keeping every account, total and posting.
    /// </summary>
    internal partial class PartnerAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_flag_by_kind",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_kind",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.Sql(RenameKind("counterparty", "partner"));

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_flag_by_kind",
                schema: "settlement",
                table: "accounts",
                sql: "debits_must_not_exceed_credits = (kind IN ('partner', 'suspense'))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_kind",
                schema: "settlement",
                table: "accounts",
                sql: "(kind IN ('partner', 'settlement') AND ocid IS NOT NULL) OR (kind IN ('customer_clearing', 'suspense') AND ocid IS NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_flag_by_kind",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_kind",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.Sql(RenameKind("partner", "counterparty"));

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_flag_by_kind",
                schema: "settlement",
                table: "accounts",
                sql: "debits_must_not_exceed_credits = (kind IN ('counterparty', 'suspense'))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_kind",
                schema: "settlement",
                table: "accounts",
                sql: "(kind IN ('counterparty', 'settlement') AND ocid IS NOT NULL) OR (kind IN ('customer_clearing', 'suspense') AND ocid IS NULL)");
        }

        // The guard trigger refuses any change to an account's identity, so it is paused for this one statement of the
        // migration's transaction. The balances view names the credit-normal kinds, so it is replaced with them.
        private static string RenameKind(string from, string to) => $"""
            ALTER TABLE settlement.accounts DISABLE TRIGGER accounts_guard_totals;
            UPDATE settlement.accounts SET kind = '{to}', code = '{to}' || substr(code, length('{from}') + 1) WHERE kind = '{from}';
            ALTER TABLE settlement.accounts ENABLE TRIGGER accounts_guard_totals;
            CREATE OR REPLACE VIEW settlement.account_balances AS
            SELECT a.id AS account_id, a.code, a.kind, a.ocid, a.currency,
                   CASE WHEN a.kind IN ('{to}', 'suspense') THEN -COALESCE(SUM(p.amount), 0) ELSE COALESCE(SUM(p.amount), 0) END AS balance
            FROM settlement.accounts a LEFT JOIN settlement.postings p ON p.account_id = a.id
            GROUP BY a.id, a.code, a.kind, a.ocid, a.currency;
            """;
    }
}
