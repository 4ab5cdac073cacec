using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PledgeSite.Web.TagHelpers;

/// <summary>GOV.UK text input: <c>&lt;govuk-input asp-for="Email" label="Email address" type="email" autocomplete="email" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("type")] public string Type { get; set; } = "text";
    [HtmlAttributeName("autocomplete")] public string? Autocomplete { get; set; }
    /// <summary>GOV.UK fixed width: 2, 3, 4, 5, 10, 20, 30 or a fraction such as "one-half".</summary>
    [HtmlAttributeName("width")] public string? Width { get; set; }
    [HtmlAttributeName("inputmode")] public string? InputMode { get; set; }
    [HtmlAttributeName("spellcheck")] public bool? Spellcheck { get; set; }
    [HtmlAttributeName("prefix")] public string? Prefix { get; set; }
    [HtmlAttributeName("suffix")] public string? Suffix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldId;
        var width = Width is null ? "" : char.IsDigit(Width[0]) ? $" govuk-input--width-{Width}" : $" govuk-!-width-{Width}";
        var error = ErrorMessage is null ? "" : " govuk-input--error";
        var attrs = (Autocomplete is null ? "" : $" autocomplete=\"{Encode(Autocomplete)}\"")
            + (InputMode is null ? "" : $" inputmode=\"{Encode(InputMode)}\"")
            + (Spellcheck is null ? "" : $" spellcheck=\"{(Spellcheck.Value ? "true" : "false")}\"");
        var input = $"<input class=\"govuk-input{width}{error}\" id=\"{id}\" name=\"{Encode(FieldName)}\" type=\"{Encode(Type)}\" value=\"{(Type == "password" ? "" : Encode(CurrentValue))}\"{attrs}{DescribedBy(id)}>";
        if (Prefix is not null || Suffix is not null)
        {
            input = "<div class=\"govuk-input__wrapper\">"
                + (Prefix is null ? "" : $"<div class=\"govuk-input__prefix\" aria-hidden=\"true\">{Encode(Prefix)}</div>")
                + input
                + (Suffix is null ? "" : $"<div class=\"govuk-input__suffix\" aria-hidden=\"true\">{Encode(Suffix)}</div>")
                + "</div>";
        }
        Replace(output, $"<div class=\"{GroupClass()}\">{LabelHtml(id)}{HintHtml(id)}{ErrorHtml(id)}{input}</div>");
    }
}

/// <summary>
/// GOV.UK textarea, with a character or word count when max-words or max-length is set. Without JavaScript the
/// limit is stated in the hint, and the server enforces it (see <c>WordLimitAttribute</c>).
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("rows")] public int Rows { get; set; } = 5;
    [HtmlAttributeName("max-words")] public int? MaxWords { get; set; }
    [HtmlAttributeName("max-length")] public int? MaxLength { get; set; }
    [HtmlAttributeName("autocomplete")] public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldId;
        var counted = MaxWords is not null || MaxLength is not null;
        var error = ErrorMessage is null ? "" : " govuk-textarea--error";
        var countClass = counted ? " govuk-js-character-count" : "";
        var textarea = $"<textarea class=\"govuk-textarea{countClass}{error}\" id=\"{id}\" name=\"{Encode(FieldName)}\" rows=\"{Rows}\""
            + (Autocomplete is null ? "" : $" autocomplete=\"{Encode(Autocomplete)}\"")
            + $"{DescribedBy(id, counted ? id + "-info" : null)}>{Encode(CurrentValue)}</textarea>";
        if (!counted)
        {
            Replace(output, $"<div class=\"{GroupClass()}\">{LabelHtml(id)}{HintHtml(id)}{ErrorHtml(id)}{textarea}</div>");
            return;
        }
        var limit = MaxWords is not null ? $"data-maxwords=\"{MaxWords}\"" : $"data-maxlength=\"{MaxLength}\"";
        var info = MaxWords is not null ? $"You can enter up to {MaxWords} words" : $"You can enter up to {MaxLength} characters";
        Replace(output,
            $"<div class=\"govuk-character-count\" data-module=\"govuk-character-count\" {limit}>"
            + $"<div class=\"{GroupClass()}\">{LabelHtml(id)}{HintHtml(id)}{ErrorHtml(id)}{textarea}</div>"
            + $"<div id=\"{id}-info\" class=\"govuk-hint govuk-character-count__message\">{info}</div></div>");
    }
}

/// <summary>GOV.UK select: <c>&lt;govuk-select asp-for="Sector" label="Sector" items="Model.Sectors" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("items")] public IEnumerable<GovUkOption> Items { get; set; } = [];
    [HtmlAttributeName("placeholder")] public string? Placeholder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldId;
        var current = CurrentValue;
        var error = ErrorMessage is null ? "" : " govuk-select--error";
        var options = (Placeholder is null ? "" : $"<option value=\"\">{Encode(Placeholder)}</option>")
            + string.Concat(Items.Select(i =>
                $"<option value=\"{Encode(i.Value)}\"{(string.Equals(i.Value, current, StringComparison.Ordinal) ? " selected" : "")}>{Encode(i.Text)}</option>"));
        Replace(output, $"<div class=\"{GroupClass()}\">{LabelHtml(id)}{HintHtml(id)}{ErrorHtml(id)}"
            + $"<select class=\"govuk-select{error}\" id=\"{id}\" name=\"{Encode(FieldName)}\"{DescribedBy(id)}>{options}</select></div>");
    }
}

/// <summary>GOV.UK file upload. The form needs <c>enctype="multipart/form-data"</c>.</summary>
[HtmlTargetElement("govuk-file-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkFileUploadTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("accept")] public string? Accept { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldId;
        var error = ErrorMessage is null ? "" : " govuk-file-upload--error";
        Replace(output, $"<div class=\"{GroupClass()}\">{LabelHtml(id)}{HintHtml(id)}{ErrorHtml(id)}"
            + $"<input class=\"govuk-file-upload{error}\" id=\"{id}\" name=\"{Encode(FieldName)}\" type=\"file\""
            + (Accept is null ? "" : $" accept=\"{Encode(Accept)}\"") + $"{DescribedBy(id)}></div>");
    }
}
