using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SignatoriesOwnActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublishedStatement",
                table: "Pledge",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Statement",
                table: "Pledge",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfferedTo",
                table: "Commitment",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OwnAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PledgeId = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Lead = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnAction_Commitment_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OwnAction_Pledge_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledge",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WrittenReport",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PledgeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnActionId = table.Column<int>(type: "INTEGER", nullable: true),
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenReport_Commitment_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WrittenReport_OwnAction_OwnActionId",
                        column: x => x.OwnActionId,
                        principalTable: "OwnAction",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_WrittenReport_Pledge_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledge",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OwnAction_CommitmentId",
                table: "OwnAction",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnAction_PledgeId_SortOrder",
                table: "OwnAction",
                columns: new[] { "PledgeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_WrittenReport_CommitmentId",
                table: "WrittenReport",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_WrittenReport_OwnActionId_PeriodDueUtc",
                table: "WrittenReport",
                columns: new[] { "OwnActionId", "PeriodDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WrittenReport_PledgeId_CommitmentId_PeriodDueUtc",
                table: "WrittenReport",
                columns: new[] { "PledgeId", "CommitmentId", "PeriodDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WrittenReport_PledgeId_PeriodDueUtc",
                table: "WrittenReport",
                columns: new[] { "PledgeId", "PeriodDueUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WrittenReport");

            migrationBuilder.DropTable(
                name: "OwnAction");

            migrationBuilder.DropColumn(
                name: "PublishedStatement",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "Statement",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "OfferedTo",
                table: "Commitment");
        }
    }
}
