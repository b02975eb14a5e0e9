using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FiscalWarehouse.Dashboards.Admin;

/// <summary>
/// Checks the admin token from configuration (Dashboards:AdminToken) on a request: the X-Admin-Token header, a Bearer
/// token, or the cookie a browser gets after opening an admin page once with ?token=. No token configured: no admin.
/// </summary>
internal sealed class AdminToken(string configured)
{
    public const string Header = "X-Admin-Token";
    public const string Cookie = "fw_admin";

    private readonly byte[] expected = Encoding.UTF8.GetBytes(configured);

    public bool Enabled => expected.Length > 0;

    public bool IsAuthorized(HttpContext context)
    {
        if (!Enabled)
        {
            return false;
        }

        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        var presented = request.Headers[Header].ToString() is { Length: > 0 } header ? header
            : authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..]
            : request.Cookies[Cookie] is { Length: > 0 } cookie ? cookie
            : request.Query["token"].ToString();
        return Matches(presented);
    }

    /// <summary>Constant-time comparison: the answer time says nothing about how much of a guess was right.</summary>
    public bool Matches(string presented) =>
        Enabled && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);
}
