using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.SqlServer.Migrations
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
                    ContentKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentEditorPresence", x => new { x.ContentKey, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "ContentItem",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ParentKey = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    ShowInNavigation = table.Column<bool>(type: "bit", nullable: false),
                    Themes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    HeroMediaKey = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SocialImageMediaKey = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EventStartUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EventEndUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BookingUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TrashedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FromPath = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ContentKey = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ToPath = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAutomatically = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentRedirect", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContentKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Culture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MetaDescription = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    HeroAltText = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Venue = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    AccessibilityInformation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SavedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SavedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContentKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Culture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MetaDescription = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    HeroAltText = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Venue = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    AccessibilityInformation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    PublishedVersionId = table.Column<int>(type: "int", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HasUnpublishedChanges = table.Column<bool>(type: "bit", nullable: false),
                    PublishAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UnpublishAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
