using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditStrictlyAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Audit entries are now written once, with their final keys: no update of any kind is allowed any more
            // (AuditAppendOnly let the key "new" be filled in).
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS TR_AuditEntries_AppendOnly_Update;");
            migrationBuilder.Sql("""
                CREATE TRIGGER TR_AuditEntries_AppendOnly_Update BEFORE UPDATE ON AuditEntries
                BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS TR_AuditEntries_AppendOnly_Update;");
            migrationBuilder.Sql("""
                CREATE TRIGGER TR_AuditEntries_AppendOnly_Update BEFORE UPDATE ON AuditEntries
                WHEN NOT (
                    (OLD.EntityKey = 'new' OR OLD.EntityKey LIKE 'new,%' OR OLD.EntityKey LIKE '%,new' OR OLD.EntityKey LIKE '%,new,%')
                    AND NEW.Id = OLD.Id AND NEW.OccurredUtc IS OLD.OccurredUtc AND NEW.Actor IS OLD.Actor
                    AND NEW.ActorId IS OLD.ActorId AND NEW.Action IS OLD.Action AND NEW.EntityType IS OLD.EntityType
                    AND NEW.Changes IS OLD.Changes AND NEW.IpAddress IS OLD.IpAddress)
                BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;
                """);
        }
    }
}
