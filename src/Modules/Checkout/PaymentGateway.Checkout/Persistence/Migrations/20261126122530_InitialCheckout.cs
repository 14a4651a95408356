using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaymentGateway.Checkout.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class InitialCheckout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "checkout");

            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "checkout",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    caller_ocid = table.Column<long>(type: "bigint", nullable: false),
                    merchant_ocid = table.Column<long>(type: "bigint", nullable: false),
                    order_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    order_json = table.Column<string>(type: "text", nullable: false),
                    order_signature = table.Column<string>(type: "text", nullable: false),
                    signature_variant = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    amount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    currency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    success_url = table.Column<string>(type: "text", nullable: true),
                    cancel_url = table.Column<string>(type: "text", nullable: true),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.CheckConstraint("ck_sessions_status", "status IN ('pending','completed','expired','cancelled')");
                });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_caller_ocid_order_id",
                schema: "checkout",
                table: "sessions",
                columns: new[] { "caller_ocid", "order_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_expires_at",
                schema: "checkout",
                table: "sessions",
                column: "expires_at",
                filter: "status = 'pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sessions",
                schema: "checkout");
        }
    }
}
