using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PledgeSite.Core.Campaign;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.ICanBe;

/// <summary>The fields of an opportunity, shared by the public proposal form and the editors' form.</summary>
public sealed class OpportunityForm
{
    [Required(ErrorMessage = "Enter a title"), StringLength(200, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Select the type of opportunity")]
    public OpportunityType? Type { get; set; }

    [Required(ErrorMessage = "Enter the organisation offering it"), StringLength(200, ErrorMessage = "The organisation must be 200 characters or fewer")]
    public string? Organisation { get; set; }

    [Required(ErrorMessage = "Describe the opportunity"), StringLength(8000, ErrorMessage = "The description must be 8000 characters or fewer")]
    public string? Description { get; set; }

    [StringLength(2000, ErrorMessage = "Who can apply must be 2000 characters or fewer")]
    public string? Eligibility { get; set; }

    [StringLength(200, ErrorMessage = "The location must be 200 characters or fewer")]
    public string? Location { get; set; }

    public bool IsOnline { get; set; }

    [StringLength(200, ErrorMessage = "The time commitment must be 200 characters or fewer")]
    public string? TimeCommitment { get; set; }

    [Required(ErrorMessage = "Select whether it is paid or unpaid")]
    public string? Paid { get; set; }

    public DateParts ClosingDate { get; set; } = new();

    [Required(ErrorMessage = "Say how to apply"), StringLength(2000, ErrorMessage = "How to apply must be 2000 characters or fewer")]
    public string? HowToApply { get; set; }

    [StringLength(500, ErrorMessage = "The web address must be 500 characters or fewer")]
    public string? ApplyUrl { get; set; }

    public List<string> Themes { get; set; } = [];

    public static IReadOnlyList<TagHelpers.GovUkOption> PaidOptions { get; } = [new("paid", "Paid"), new("unpaid", "Unpaid")];

    /// <summary>Checks what attributes cannot; returns the closing date when valid.</summary>
    public DateOnly? Validate(ModelStateDictionary modelState, string prefix, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var (date, error) = ClosingDate.Parse("the closing date");
        if (error is not null) modelState.AddModelError($"{prefix}.{nameof(ClosingDate)}", error);
        else if (date < today) modelState.AddModelError($"{prefix}.{nameof(ClosingDate)}", "The closing date must be today or in the future");
        if (string.IsNullOrWhiteSpace(Location) && !IsOnline)
            modelState.AddModelError($"{prefix}.{nameof(Location)}", "Enter where it takes place, or tick that it is online");
        if (!string.IsNullOrWhiteSpace(ApplyUrl) && !(Uri.TryCreate(ApplyUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            modelState.AddModelError($"{prefix}.{nameof(ApplyUrl)}", "Enter a web address starting with https://");
        if (Themes.Any(t => CampaignText.ThemeOptions.All(o => o.Value != t)))
            modelState.AddModelError($"{prefix}.{nameof(Themes)}", "Select themes from the list");
        return date;
    }

    public void CopyTo(Opportunity o, DateOnly closingDate)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.Title = Title!.Trim();
        o.Type = Type!.Value;
        o.Organisation = Organisation!.Trim();
        o.Description = Description!.Trim();
        o.Eligibility = Blank(Eligibility);
        o.Location = Blank(Location);
        o.IsOnline = IsOnline;
        o.TimeCommitment = Blank(TimeCommitment);
        o.IsPaid = Paid == "paid";
        o.ClosingDate = closingDate;
        o.HowToApply = HowToApply!.Trim();
        o.ApplyUrl = Blank(ApplyUrl);
        o.ThemeSlugs = string.Join(',', Themes.Distinct());
    }

    public static OpportunityForm From(Opportunity o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new()
        {
            Title = o.Title, Type = o.Type, Organisation = o.Organisation, Description = o.Description, Eligibility = o.Eligibility,
            Location = o.Location, IsOnline = o.IsOnline, TimeCommitment = o.TimeCommitment, Paid = o.IsPaid ? "paid" : "unpaid",
            ClosingDate = DateParts.From(o.ClosingDate), HowToApply = o.HowToApply, ApplyUrl = o.ApplyUrl, Themes = o.Themes.ToList(),
        };
    }

    /// <summary>A slug not used by another opportunity: the title's, then with -2, -3...</summary>
    public static string UniqueSlug(string title, IReadOnlyCollection<string> taken)
    {
        var slug = Slug.From(title);
        if (slug.Length == 0) slug = "opportunity";
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
