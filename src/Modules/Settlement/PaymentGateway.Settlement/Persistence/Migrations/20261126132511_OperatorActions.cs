using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PaymentGateway.Settlement.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class OperatorActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "operator_actions",
                schema: "settlement",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    txid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "character varying(100)", maxLength: 100, nullable: false),
                    detail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_operator_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_operator_actions_deliveries_txid",
                        column: x => x.txid,
                        principalSchema: "settlement",
                        principalTable: "deliveries",
                        principalColumn: "txid",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_created_at",
                schema: "settlement",
                table: "deliveries",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_recipient_ocid_created_at",
                schema: "settlement",
                table: "deliveries",
                columns: new[] { "recipient_ocid", "created_at" },
                filter: "state = 'dead'");

            migrationBuilder.CreateIndex(
                name: "ix_operator_actions_txid",
                schema: "settlement",
                table: "operator_actions",
                column: "txid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "operator_actions",
                schema: "settlement");

            migrationBuilder.DropIndex(
                name: "ix_deliveries_created_at",
                schema: "settlement",
                table: "deliveries");

            migrationBuilder.DropIndex(
                name: "ix_deliveries_recipient_ocid_created_at",
                schema: "settlement",
                table: "deliveries");
        }
    }
}
