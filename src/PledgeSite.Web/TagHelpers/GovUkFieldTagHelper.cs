using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PledgeSite.Web.TagHelpers;

/// <summary>
/// Shared plumbing for GOV.UK form components bound to a model property with asp-for: the field's name and id,
/// its current value, its first error, and the form-group wrapper with label, hint and error message.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = default!;
    [HtmlAttributeName("label")] public string? Label { get; set; }
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    /// <summary>Render the label or legend as the page's h1 (one question per page).</summary>
    [HtmlAttributeName("is-page-heading")] public bool IsPageHeading { get; set; }
    [HtmlAttributeName("label-class")] public string? LabelClass { get; set; }
    [ViewContext][HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    protected string FieldName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
    protected string FieldId => TagBuilder.CreateSanitizedId(FieldName, "_");
    protected string LabelText => Label ?? For.Metadata.DisplayName ?? For.Name;

    protected string? ErrorMessage =>
        ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>The attempted value (after a failed POST) or the model's value, as a string.</summary>
    protected string? CurrentValue
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.AttemptedValue is not null)
                return entry.AttemptedValue;
            return For.Model switch
            {
                null => null,
                DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var o => o.ToString(),
            };
        }
    }

    protected static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    protected string HintHtml(string id) =>
        string.IsNullOrEmpty(Hint) ? "" : $"<div id=\"{id}-hint\" class=\"govuk-hint\">{Encode(Hint)}</div>";

    protected string ErrorHtml(string id) =>
        ErrorMessage is null ? "" :
        $"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encode(ErrorMessage)}</p>";

    protected string DescribedBy(string id, string? extra = null)
    {
        var ids = new List<string>();
        if (!string.IsNullOrEmpty(Hint)) ids.Add(id + "-hint");
        if (ErrorMessage is not null) ids.Add(id + "-error");
        if (extra is not null) ids.Add(extra);
        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    protected string LabelHtml(string forId)
    {
        var size = LabelClass ?? (IsPageHeading ? "govuk-label--l" : "");
        var label = $"<label class=\"govuk-label {size}\" for=\"{forId}\">{Encode(LabelText)}</label>";
        return IsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected string LegendHtml()
    {
        var size = LabelClass ?? (IsPageHeading ? "govuk-fieldset__legend--l" : "govuk-fieldset__legend--m");
        var text = IsPageHeading ? $"<h1 class=\"govuk-fieldset__heading\">{Encode(LabelText)}</h1>" : Encode(LabelText);
        return $"<legend class=\"govuk-fieldset__legend {size}\">{text}</legend>";
    }

    protected string GroupClass(string? extra = null) =>
        "govuk-form-group" + (ErrorMessage is null ? "" : " govuk-form-group--error") + (extra is null ? "" : " " + extra);

    protected static void Replace(TagHelperOutput output, string html)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(new HtmlString(html));
    }
}
