using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.SqlServer.Migrations
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
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Statement",
                table: "Pledge",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfferedTo",
                table: "Commitment",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OwnAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PledgeId = table.Column<int>(type: "int", nullable: false),
                    What = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Lead = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CommitmentId = table.Column<int>(type: "int", nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ApprovedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PledgeId = table.Column<int>(type: "int", nullable: false),
                    PeriodDueUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OwnActionId = table.Column<int>(type: "int", nullable: true),
                    CommitmentId = table.Column<int>(type: "int", nullable: true),
                    Progress = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Narrative = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
