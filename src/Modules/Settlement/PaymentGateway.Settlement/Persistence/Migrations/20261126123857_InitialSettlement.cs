using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PaymentGateway.Settlement.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class InitialSettlement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "settlement");

            migrationBuilder.CreateTable(
                name: "accounts",
                schema: "settlement",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ocid = table.Column<long>(type: "bigint", nullable: true),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts", x => x.id);
                    table.UniqueConstraint("ak_accounts_id_currency", x => new { x.id, x.currency });
                    table.CheckConstraint("ck_accounts_kind", "(kind = 'counterparty' AND ocid IS NOT NULL) OR (kind = 'customer_clearing' AND ocid IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "settlement",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "journal_entries",
                schema: "settlement",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    session_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    txid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    amount = table.Column<decimal>(type: "numeric", nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    memo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_entries", x => x.id);
                    table.UniqueConstraint("ak_journal_entries_id_amount_currency", x => new { x.id, x.amount, x.currency });
                    table.CheckConstraint("ck_journal_entries_amount_positive", "amount > 0");
                });

            migrationBuilder.CreateTable(
                name: "proofs",
                schema: "settlement",
                columns: table => new
                {
                    txid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    session_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_ocid = table.Column<long>(type: "bigint", nullable: false),
                    proof_json = table.Column<string>(type: "text", nullable: false),
                    signature = table.Column<string>(type: "character varying(130)", maxLength: 130, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proofs", x => x.txid);
                });

            migrationBuilder.CreateTable(
                name: "postings",
                schema: "settlement",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    entry_amount = table.Column<decimal>(type: "numeric", nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    side = table.Column<short>(type: "smallint", nullable: false),
                    amount = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_postings", x => x.id);
                    table.CheckConstraint("ck_postings_amount_is_signed_entry_amount", "amount = side * entry_amount");
                    table.CheckConstraint("ck_postings_side", "side IN (-1, 1)");
                    table.ForeignKey(
                        name: "fk_postings_accounts_account_id_currency",
                        columns: x => new { x.account_id, x.currency },
                        principalSchema: "settlement",
                        principalTable: "accounts",
                        principalColumns: new[] { "id", "currency" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_postings_journal_entries_entry_id_entry_amount_currency",
                        columns: x => new { x.entry_id, x.entry_amount, x.currency },
                        principalSchema: "settlement",
                        principalTable: "journal_entries",
                        principalColumns: new[] { "id", "amount", "currency" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deliveries",
                schema: "settlement",
                columns: table => new
                {
                    txid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    recipient_ocid = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    max_attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    requeue_count = table.Column<int>(type: "integer", nullable: false),
                    last_requeued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dead_job_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deliveries", x => x.txid);
                    table.CheckConstraint("ck_deliveries_state", "state IN ('pending','delivered','rejected','dead')");
                    table.ForeignKey(
                        name: "fk_deliveries_proofs_txid",
                        column: x => x.txid,
                        principalSchema: "settlement",
                        principalTable: "proofs",
                        principalColumn: "txid",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delivery_attempts",
                schema: "settlement",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    txid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_ms = table.Column<int>(type: "integer", nullable: false),
                    http_status = table.Column<int>(type: "integer", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delivery_attempts", x => x.id);
                    table.CheckConstraint("ck_delivery_attempts_outcome", "outcome IN ('delivered','rejected','retryable')");
                    table.ForeignKey(
                        name: "fk_delivery_attempts_deliveries_txid",
                        column: x => x.txid,
                        principalSchema: "settlement",
                        principalTable: "deliveries",
                        principalColumn: "txid",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_code",
                schema: "settlement",
                table: "accounts",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_next_attempt_at",
                schema: "settlement",
                table: "deliveries",
                column: "next_attempt_at",
                filter: "state = 'pending'");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_attempts_txid_attempt",
                schema: "settlement",
                table: "delivery_attempts",
                columns: new[] { "txid", "attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_session_id",
                schema: "settlement",
                table: "journal_entries",
                column: "session_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_txid",
                schema: "settlement",
                table: "journal_entries",
                column: "txid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_postings_account_id_currency",
                schema: "settlement",
                table: "postings",
                columns: new[] { "account_id", "currency" });

            migrationBuilder.CreateIndex(
                name: "ix_postings_entry_id_entry_amount_currency",
                schema: "settlement",
                table: "postings",
                columns: new[] { "entry_id", "entry_amount", "currency" });

            migrationBuilder.CreateIndex(
                name: "ix_postings_entry_id_side",
                schema: "settlement",
                table: "postings",
                columns: new[] { "entry_id", "side" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_proofs_session_id",
                schema: "settlement",
                table: "proofs",
                column: "session_id",
                unique: true);

            // Balances are derived from the postings, never stored. A counterparty account is credit-normal (what we
            // owe that party), customer clearing debit-normal (customer funds we hold); both show as positive numbers.
            migrationBuilder.Sql("""
                CREATE VIEW settlement.account_balances AS
                SELECT a.id AS account_id, a.code, a.kind, a.ocid, a.currency,
                       CASE WHEN a.kind = 'counterparty' THEN -COALESCE(SUM(p.amount), 0) ELSE COALESCE(SUM(p.amount), 0) END AS balance
                FROM settlement.accounts a LEFT JOIN settlement.postings p ON p.account_id = a.id
                GROUP BY a.id, a.code, a.kind, a.ocid, a.currency;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW settlement.account_balances;");

            migrationBuilder.DropTable(
                name: "delivery_attempts",
                schema: "settlement");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "settlement");

            migrationBuilder.DropTable(
                name: "postings",
                schema: "settlement");

            migrationBuilder.DropTable(
                name: "deliveries",
                schema: "settlement");

            migrationBuilder.DropTable(
                name: "accounts",
                schema: "settlement");

            migrationBuilder.DropTable(
                name: "journal_entries",
                schema: "settlement");

            migrationBuilder.DropTable(
                name: "proofs",
                schema: "settlement");
        }
    }
}
