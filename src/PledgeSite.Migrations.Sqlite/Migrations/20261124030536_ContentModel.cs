using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContentModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentEditorPresence",
                columns: table => new
                {
                    ContentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentEditorPresence", x => new { x.ContentKey, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "ContentItem",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ParentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ShowInNavigation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    HeroMediaKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    SocialImageMediaKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    EventStartUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EventEndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BookingUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TrashedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItem", x => x.Key);
                    table.ForeignKey(
                        name: "FK_ContentItem_ContentItem_ParentKey",
                        column: x => x.ParentKey,
                        principalTable: "ContentItem",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContentRedirect",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromPath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ContentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToPath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAutomatically = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentRedirect", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    MetaDescription = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    HeroAltText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AccessibilityInformation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SavedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentVersion_ContentItem_ContentKey",
                        column: x => x.ContentKey,
                        principalTable: "ContentItem",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContentVariant",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    MetaDescription = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    HeroAltText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AccessibilityInformation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PublishedVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HasUnpublishedChanges = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnpublishAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentVariant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentVariant_ContentItem_ContentKey",
                        column: x => x.ContentKey,
                        principalTable: "ContentItem",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContentVariant_ContentVersion_PublishedVersionId",
                        column: x => x.PublishedVersionId,
                        principalTable: "ContentVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItem_ParentKey_SortOrder",
                table: "ContentItem",
                columns: new[] { "ParentKey", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItem_Type_EventStartUtc",
                table: "ContentItem",
                columns: new[] { "Type", "EventStartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItem_Type_Slug",
                table: "ContentItem",
                columns: new[] { "Type", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentRedirect_ContentKey",
                table: "ContentRedirect",
                column: "ContentKey");

            migrationBuilder.CreateIndex(
                name: "IX_ContentRedirect_FromPath",
                table: "ContentRedirect",
                column: "FromPath",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentVariant_ContentKey_Culture",
                table: "ContentVariant",
                columns: new[] { "ContentKey", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentVariant_PublishAtUtc",
                table: "ContentVariant",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVariant_PublishedVersionId",
                table: "ContentVariant",
                column: "PublishedVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVariant_UnpublishAtUtc",
                table: "ContentVariant",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersion_ContentKey_Culture_Number",
                table: "ContentVersion",
                columns: new[] { "ContentKey", "Culture", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentEditorPresence");

            migrationBuilder.DropTable(
                name: "ContentRedirect");

            migrationBuilder.DropTable(
                name: "ContentVariant");

            migrationBuilder.DropTable(
                name: "ContentVersion");

            migrationBuilder.DropTable(
                name: "ContentItem");
        }
    }
}
