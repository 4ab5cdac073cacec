using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Suppliers.Declaration;

/// <summary>Check your answers, then submit: the declaration is recorded and can no longer be changed.</summary>
[PublicForm("supplier-declaration-submit")]
public class CheckAnswersModel(SupplierDeclarations declarations, PledgeDbContext db) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    public DeclarationAnswers Answers { get; private set; } = new();
    public IReadOnlyList<string> Steps { get; private set; } = [];
    public string? CorrectingReference { get; private set; }
    public IReadOnlyDictionary<string, string> CommitmentTitles { get; private set; } = new Dictionary<string, string>();
    private SupplierDeclarationDraft? _draft;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect) return redirect;
        if (!ModelState.IsValid) return Page();
        var (declaration, error, missingStep) = await declarations.SubmitAsync(_draft!, cancellationToken);
        if (declaration is not null) return Redirect($"/suppliers/declaration/{Id}/confirmation");
        if (error is null && missingStep is not null) return Redirect($"/suppliers/declaration/{Id}/{missingStep}?change=true");
        ModelState.AddModelError("", error!);
        return Page();
    }

    public string ChangeHref(string step) => $"/suppliers/declaration/{Id}/{step}?change=true";

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        _draft = await declarations.FindDraftAsync(Id, cancellationToken);
        if (_draft is null) return NotFound();
        if (_draft.SubmittedDeclarationId is not null) return Redirect($"/suppliers/declaration/{Id}/confirmation");
        Answers = DeclarationAnswers.From(_draft);
        var commitments = await declarations.CommitmentOptionsAsync(cancellationToken);
        CommitmentTitles = commitments.ToDictionary(c => c.Code, c => c.Title);
        Steps = DeclarationSteps.For(Answers, commitmentsOffered: commitments.Count > 0);
        var missing = Steps.FirstOrDefault(s => !DeclarationSteps.IsAnswered(Answers, s));
        if (missing is not null) return Redirect($"/suppliers/declaration/{Id}/{missing}");
        if (_draft.SupersedesDeclarationId is { } old)
            CorrectingReference = await db.Set<SupplierDeclaration>().Where(d => d.Id == old).Select(d => d.Reference).FirstOrDefaultAsync(cancellationToken);
        return null;
    }
}
