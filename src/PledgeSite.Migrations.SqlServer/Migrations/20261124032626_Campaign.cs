using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Organisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Eligibility = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Location = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IsOnline = table.Column<bool>(type: "bit", nullable: false),
                    TimeCommitment = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IsPaid = table.Column<bool>(type: "bit", nullable: false),
                    ClosingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HowToApply = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ApplyUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ThemeSlugs = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PledgeReference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ProposerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ProposerEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReviewedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReviewedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleModel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Community = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ThemeSlugs = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Story = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Quote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IsFeatured = table.Column<bool>(type: "bit", nullable: false),
                    ConsentGivenBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ConsentGivenUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConsentScope = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ConsentWithdrawnUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleModel", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleModelSuggestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SuggestedName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SuggestedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SuggestedPhone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    SuggestedRole = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    SuggesterName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SuggesterEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReviewedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReviewedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleModelSuggestion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleModelPhoto",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleModelId = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AltText = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
