using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaymentGateway.Merchants.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class InitialMerchants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "merchants");

            migrationBuilder.CreateTable(
                name: "request_nonces",
                schema: "merchants",
                columns: table => new
                {
                    ocid = table.Column<long>(type: "bigint", nullable: false),
                    nonce = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    keep_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_request_nonces", x => new { x.ocid, x.nonce });
                });

            migrationBuilder.CreateIndex(
                name: "ix_request_nonces_keep_until",
                schema: "merchants",
                table: "request_nonces",
                column: "keep_until");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "request_nonces",
                schema: "merchants");
        }
    }
}
