using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Signatories;

namespace PledgeSite.Web.Pages.Signatories;

/// <summary>An evidence file of a published report on a public target, served as a download (never inline).</summary>
public sealed class EvidenceModel(PledgeDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken cancellationToken)
    {
        var file = await SignatoryDirectory.Published(db).AsNoTracking().Where(p => p.Slug == slug)
            .SelectMany(p => db.Set<ProgressReport>().Where(r => r.PledgeId == p.Id && r.Id == id && r.Target.IsPublic && r.Target.ApprovedUtc != null))
            .Where(r => r.EvidenceFile != null)
            .Select(r => new { r.EvidenceFile!.Bytes, r.EvidenceFile.ContentType, r.EvidenceFile.FileName })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null) return NotFound();
        Response.Headers.CacheControl = "public, max-age=3600";
        return File(file.Bytes, file.ContentType, file.FileName);
    }
}
