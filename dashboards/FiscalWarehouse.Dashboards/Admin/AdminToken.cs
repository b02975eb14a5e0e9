using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FiscalWarehouse.Dashboards.Admin;

/// <summary>
/// Checks the admin token from configuration (Dashboards:AdminToken) on a request: the X-Admin-Token header or a Bearer
/// token. Only the Hangfire page (a browser page that cannot send headers) also takes ?token= once and then the cookie
/// it sets (Path=/admin, HttpOnly, SameSite=Strict): a token in a URL ends up in logs and browser history, so the API
/// never accepts one there. No token configured: no admin.
/// </summary>
internal sealed class AdminToken(string configured)
{
    public const string Header = "X-Admin-Token";
    public const string Cookie = "fw_admin";

    private readonly byte[] expected = Encoding.UTF8.GetBytes(configured);

    public bool Enabled => expected.Length > 0;

    public bool IsAuthorized(HttpContext context) => IsAuthorized(context, browserPage: false);

    /// <summary><paramref name="browserPage"/>: the Hangfire page, which may present the token as ?token= or the cookie.</summary>
    public bool IsAuthorized(HttpContext context, bool browserPage)
    {
        if (!Enabled)
        {
            return false;
        }

        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        var presented = request.Headers[Header].ToString() is { Length: > 0 } header ? header
            : authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..]
            : !browserPage ? ""
            : request.Cookies[Cookie] is { Length: > 0 } cookie ? cookie
            : request.Query["token"].ToString();
        return Matches(presented);
    }

    /// <summary>Constant-time comparison: the answer time says nothing about how much of a guess was right.</summary>
    public bool Matches(string presented) =>
        Enabled && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);
}
