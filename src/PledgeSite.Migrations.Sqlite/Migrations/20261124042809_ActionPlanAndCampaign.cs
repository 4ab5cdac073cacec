using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ActionPlanAndCampaign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionPlanBulkUpdate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ChangesJson = table.Column<string>(type: "TEXT", nullable: false),
                    AppliedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanBulkUpdate", x => x.Id);
                });

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
                name: "Theme",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Theme", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "Outcome",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ThemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outcome", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outcome_Theme_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Theme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Recommendation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ThemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendation_Theme_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Theme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DueText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlannedDueText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsOngoing = table.Column<bool>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ProgressUpdate = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SeedSource = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanAction_Recommendation_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanActionChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PreviousProgressUpdate = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProgressUpdate = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PreviousRag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Rag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    How = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActionChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanActionChange_PlanAction_PlanActionId",
                        column: x => x.PlanActionId,
                        principalTable: "PlanAction",
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
                name: "IX_Outcome_ThemeId_SortOrder",
                table: "Outcome",
                columns: new[] { "ThemeId", "SortOrder" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanAction_RecommendationId_SortOrder",
                table: "PlanAction",
                columns: new[] { "RecommendationId", "SortOrder" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActionChange_PlanActionId_ChangedUtc",
                table: "PlanActionChange",
                columns: new[] { "PlanActionId", "ChangedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendation_Code",
                table: "Recommendation",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendation_Slug",
                table: "Recommendation",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendation_ThemeId",
                table: "Recommendation",
                column: "ThemeId");

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

            migrationBuilder.CreateIndex(
                name: "IX_Theme_Slug",
                table: "Theme",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionPlanBulkUpdate");

            migrationBuilder.DropTable(
                name: "Opportunity");

            migrationBuilder.DropTable(
                name: "Outcome");

            migrationBuilder.DropTable(
                name: "PlanActionChange");

            migrationBuilder.DropTable(
                name: "RoleModelPhoto");

            migrationBuilder.DropTable(
                name: "RoleModelSuggestion");

            migrationBuilder.DropTable(
                name: "PlanAction");

            migrationBuilder.DropTable(
                name: "RoleModel");

            migrationBuilder.DropTable(
                name: "Recommendation");

            migrationBuilder.DropTable(
                name: "Theme");
        }
    }
}
