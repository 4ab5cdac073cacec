using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Put on a public page model whose POST handlers take input from the public. The POST is checked for the
/// honeypot field (must be present and empty) and, when configured, a reCAPTCHA v3 token for <see cref="Action"/>.
/// Render the fields with <c>&lt;govuk-form-protection action="..." /&gt;</c> inside the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicFormAttribute(string action) : Attribute
{
    public string Action { get; } = action;
}

public sealed class FormProtectionFilter(RecaptchaVerifier recaptcha, ILogger<FormProtectionFilter> logger) : IAsyncPageFilter
{
    public const string HoneypotField = "contact_website";
    public const string RecaptchaField = "recaptcha_token";
    public const string BotErrorKey = "form-protection";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var attribute = context.HandlerInstance.GetType().GetCustomAttributes(typeof(PublicFormAttribute), true)
            .OfType<PublicFormAttribute>().FirstOrDefault();
        if (attribute is null || !HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            await next();
            return;
        }

        var form = await request.ReadFormAsync();
        if (!form.TryGetValue(HoneypotField, out var honeypot) || !string.IsNullOrEmpty(honeypot))
        {
            logger.LogInformation("Honeypot tripped on {Path} from {Ip}", request.Path, context.HttpContext.Connection.RemoteIpAddress);
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = "Your form could not be accepted. If you are a person, please go back, reload the page and try again.",
            };
            return;
        }

        if (!await recaptcha.VerifyAsync(form[RecaptchaField], attribute.Action,
                context.HttpContext.Connection.RemoteIpAddress?.ToString(), context.HttpContext.RequestAborted))
        {
            context.ModelState.AddModelError(BotErrorKey,
                "We could not check that you are not an automated program. Wait a moment, then submit the form again.");
        }
        await next();
    }
}
