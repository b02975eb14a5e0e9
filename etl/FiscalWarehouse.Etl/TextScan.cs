using System.Buffers;

namespace FiscalWarehouse.Etl;

/// <summary>
/// Vectorized character sets for the hot "does this text need changing at all?" checks that run on every cell and
/// label: most texts need nothing, and a <see cref="SearchValues{T}"/> search settles that without a copy or a regex.
/// </summary>
internal static class TextScan
{
    /// <summary>Exactly the characters <see cref="char.IsWhiteSpace(char)"/> (and the regex class \s) accepts.</summary>
    public const string WhiteSpace = "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    public static readonly SearchValues<char> WhiteSpaceChars = SearchValues.Create(WhiteSpace);
}
