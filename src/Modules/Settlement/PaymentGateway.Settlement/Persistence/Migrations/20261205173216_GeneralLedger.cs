using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PaymentGateway.Settlement.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class GeneralLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_kind",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.AlterColumn<string>(
                name: "session_id",
                schema: "settlement",
                table: "proofs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<Guid>(
                name: "event_id",
                schema: "settlement",
                table: "proofs",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AlterColumn<string>(
                name: "txid",
                schema: "settlement",
                table: "journal_entries",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "session_id",
                schema: "settlement",
                table: "journal_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<Guid>(
                name: "event_id",
                schema: "settlement",
                table: "journal_entries",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "idempotency_key",
                schema: "settlement",
                table: "journal_entries",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "kind",
                schema: "settlement",
                table: "journal_entries",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "credits_posted",
                schema: "settlement",
                table: "accounts",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<bool>(
                name: "debits_must_not_exceed_credits",
                schema: "settlement",
                table: "accounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "debits_posted",
                schema: "settlement",
                table: "accounts",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            // Existing rows are checkout credits: give them their idempotency key and kind, and the accounts the totals
            // and the flag the posting trigger will maintain from now on (before the constraints that need them).
            migrationBuilder.Sql("""
                UPDATE settlement.journal_entries SET idempotency_key = 'checkout:' || session_id, kind = 'checkout';
                UPDATE settlement.accounts a SET
                    debits_must_not_exceed_credits = (a.kind = 'counterparty'),
                    debits_posted = COALESCE((SELECT sum(p.amount) FROM settlement.postings p WHERE p.account_id = a.id AND p.amount > 0), 0),
                    credits_posted = COALESCE((SELECT -sum(p.amount) FROM settlement.postings p WHERE p.account_id = a.id AND p.amount < 0), 0);
                """);

            migrationBuilder.CreateTable(
                name: "receipts",
                schema: "settlement",
                columns: table => new
                {
                    issuer_ocid = table.Column<long>(type: "bigint", nullable: false),
                    txid = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proof_fingerprint = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    amount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    to_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    credited_ocid = table.Column<long>(type: "bigint", nullable: true),
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    allocation_entry_id = table.Column<long>(type: "bigint", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipts", x => new { x.issuer_ocid, x.txid });
                    table.ForeignKey(
                        name: "fk_receipts_journal_entries_allocation_entry_id",
                        column: x => x.allocation_entry_id,
                        principalSchema: "settlement",
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_receipts_journal_entries_entry_id",
                        column: x => x.entry_id,
                        principalSchema: "settlement",
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "received_proofs",
                schema: "settlement",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    issuer_ocid = table.Column<long>(type: "bigint", nullable: false),
                    txid = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proof_json = table.Column<string>(type: "text", nullable: false),
                    signature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_received_proofs", x => x.id);
                    table.CheckConstraint("ck_received_proofs_outcome", "outcome IN ('credited', 'repeat', 'conflict')");
                });

            migrationBuilder.CreateTable(
                name: "transfers",
                schema: "settlement",
                columns: table => new
                {
                    caller_ocid = table.Column<long>(type: "bigint", nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_fingerprint = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    txid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    recipient_ocid = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transfers", x => new { x.caller_ocid, x.reference });
                    table.ForeignKey(
                        name: "fk_transfers_proofs_txid",
                        column: x => x.txid,
                        principalSchema: "settlement",
                        principalTable: "proofs",
                        principalColumn: "txid",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_idempotency_key",
                schema: "settlement",
                table: "journal_entries",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_journal_entries_checkout_has_session",
                schema: "settlement",
                table: "journal_entries",
                sql: "(kind = 'checkout') = (session_id IS NOT NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_journal_entries_kind",
                schema: "settlement",
                table: "journal_entries",
                sql: "kind IN ('checkout', 'transfer', 'receipt', 'allocation')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_debits_must_not_exceed_credits",
                schema: "settlement",
                table: "accounts",
                sql: "NOT debits_must_not_exceed_credits OR debits_posted <= credits_posted");

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

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_totals_not_negative",
                schema: "settlement",
                table: "accounts",
                sql: "debits_posted >= 0 AND credits_posted >= 0");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_allocation_entry_id",
                schema: "settlement",
                table: "receipts",
                column: "allocation_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_entry_id",
                schema: "settlement",
                table: "receipts",
                column: "entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_received_at",
                schema: "settlement",
                table: "receipts",
                column: "received_at",
                filter: "credited_ocid IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_received_proofs_issuer_ocid_txid",
                schema: "settlement",
                table: "received_proofs",
                columns: new[] { "issuer_ocid", "txid" });

            migrationBuilder.CreateIndex(
                name: "ix_transfers_txid",
                schema: "settlement",
                table: "transfers",
                column: "txid",
                unique: true);

            migrationBuilder.Sql(LedgerRulesSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(LedgerRulesSql.Drop);

            migrationBuilder.DropTable(
                name: "receipts",
                schema: "settlement");

            migrationBuilder.DropTable(
                name: "received_proofs",
                schema: "settlement");

            migrationBuilder.DropTable(
                name: "transfers",
                schema: "settlement");

            migrationBuilder.DropIndex(
                name: "ix_journal_entries_idempotency_key",
                schema: "settlement",
                table: "journal_entries");

            migrationBuilder.DropCheckConstraint(
                name: "ck_journal_entries_checkout_has_session",
                schema: "settlement",
                table: "journal_entries");

            migrationBuilder.DropCheckConstraint(
                name: "ck_journal_entries_kind",
                schema: "settlement",
                table: "journal_entries");

            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_debits_must_not_exceed_credits",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_flag_by_kind",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_kind",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_totals_not_negative",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                schema: "settlement",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "kind",
                schema: "settlement",
                table: "journal_entries");

            migrationBuilder.DropColumn(
                name: "credits_posted",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "debits_must_not_exceed_credits",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "debits_posted",
                schema: "settlement",
                table: "accounts");

            migrationBuilder.AlterColumn<string>(
                name: "session_id",
                schema: "settlement",
                table: "proofs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "event_id",
                schema: "settlement",
                table: "proofs",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "txid",
                schema: "settlement",
                table: "journal_entries",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "session_id",
                schema: "settlement",
                table: "journal_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "event_id",
                schema: "settlement",
                table: "journal_entries",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_kind",
                schema: "settlement",
                table: "accounts",
                sql: "(kind = 'counterparty' AND ocid IS NOT NULL) OR (kind = 'customer_clearing' AND ocid IS NULL)");
        }
    }
}
