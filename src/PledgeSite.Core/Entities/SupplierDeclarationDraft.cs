namespace PledgeSite.Core.Entities;

/// <summary>
/// The answers of a declaration journey in progress, keyed by a random id in the URL
/// (/suppliers/declaration/{id}/...). Kept after submission so the confirmation page still works.
/// </summary>
public class SupplierDeclarationDraft
{
    public Guid Id { get; set; }
    /// <summary>The answers so far, as JSON (see <c>DeclarationAnswers</c>); masked in the audit log, which records the submitted declaration instead.</summary>
    [AuditMasked]
    public string AnswersJson { get; set; } = "{}";
    /// <summary>Set when this journey corrects an earlier declaration.</summary>
    public int? SupersedesDeclarationId { get; set; }
    public int? SubmittedDeclarationId { get; set; }
    public SupplierDeclaration? SubmittedDeclaration { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
