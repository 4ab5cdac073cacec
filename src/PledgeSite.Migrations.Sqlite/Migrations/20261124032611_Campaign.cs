using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Campaign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Opportunity",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Eligibility = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    TimeCommitment = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsPaid = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HowToApply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ApplyUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ThemeSlugs = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PledgeReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProposerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProposerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleModel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Community = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ThemeSlugs = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Story = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsFeatured = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentGivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsentGivenUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConsentScope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConsentWithdrawnUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleModel", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleModelSuggestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SuggestedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SuggestedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SuggestedPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SuggestedRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SuggesterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SuggesterEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleModelSuggestion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleModelPhoto",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleModelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleModelPhoto", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleModelPhoto_RoleModel_RoleModelId",
                        column: x => x.RoleModelId,
                        principalTable: "RoleModel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunity_Slug",
                table: "Opportunity",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Opportunity_Status_ClosingDate",
                table: "Opportunity",
                columns: new[] { "Status", "ClosingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleModel_Slug",
                table: "RoleModel",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleModelPhoto_RoleModelId",
                table: "RoleModelPhoto",
                column: "RoleModelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleModelSuggestion_Status_CreatedUtc",
                table: "RoleModelSuggestion",
                columns: new[] { "Status", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Opportunity");

            migrationBuilder.DropTable(
                name: "RoleModelPhoto");

            migrationBuilder.DropTable(
                name: "RoleModelSuggestion");

            migrationBuilder.DropTable(
                name: "RoleModel");
        }
    }
}
