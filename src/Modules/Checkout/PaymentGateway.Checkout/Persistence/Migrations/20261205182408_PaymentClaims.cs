using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaymentGateway.Checkout.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class PaymentClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_sessions_status",
                schema: "checkout",
                table: "sessions");

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                schema: "checkout",
                table: "sessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "claim_expires_at",
                schema: "checkout",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sandbox_charges",
                schema: "checkout",
                columns: table => new
                {
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    payment_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    session_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    amount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    card_brand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    card_last4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    approved = table.Column<bool>(type: "boolean", nullable: false),
                    decline_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    decline_message = table.Column<string>(type: "text", nullable: true),
                    requests = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sandbox_charges", x => x.idempotency_key);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_claim_expires_at",
                schema: "checkout",
                table: "sessions",
                column: "claim_expires_at",
                filter: "status = 'charging'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_sessions_status",
                schema: "checkout",
                table: "sessions",
                sql: "status IN ('pending','charging','completed','expired','cancelled')");

            migrationBuilder.CreateIndex(
                name: "ix_sandbox_charges_payment_id",
                schema: "checkout",
                table: "sandbox_charges",
                column: "payment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sandbox_charges_session_id",
                schema: "checkout",
                table: "sandbox_charges",
                column: "session_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sandbox_charges",
                schema: "checkout");

            migrationBuilder.DropIndex(
                name: "ix_sessions_claim_expires_at",
                schema: "checkout",
                table: "sessions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_sessions_status",
                schema: "checkout",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "attempts",
                schema: "checkout",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "claim_expires_at",
                schema: "checkout",
                table: "sessions");

            migrationBuilder.AddCheckConstraint(
                name: "ck_sessions_status",
                schema: "checkout",
                table: "sessions",
                sql: "status IN ('pending','completed','expired','cancelled')");
        }
    }
}
