using System.Security.Cryptography;

namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>
/// The standard security handler, revisions 2–6 (RC4 40–128 bit, AES-128, AES-256), for files that open without a
/// user password: what publishers use to forbid copying or printing while anyone may read. Reading the drawing is
/// reading, which the file allows; a file that needs a password does not get here (poppler refuses it first).
/// </summary>
internal sealed class PdfDecryption
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] _key;
    private readonly bool _aes;
    private readonly bool _identity;

    private PdfDecryption(byte[] key, bool aes, bool identity)
    {
        _key = key;
        _aes = aes;
        _identity = identity;
    }

    /// <summary>Algorithm 2 of ISO 32000-1 §7.6.3.3 with the empty user password.</summary>
    public static PdfDecryption Create(PdfFile file, Dictionary<string, object> encrypt, byte[] firstId)
    {
        if (file.Resolve(encrypt.GetValueOrDefault("Filter")) is not PdfName { Value: "Standard" })
        {
            throw new PdfSyntaxException("not the standard security handler");
        }

        var v = Number(file, encrypt, "V", 0);
        var r = Number(file, encrypt, "R", 2);
        if (v == 5 && r is 5 or 6)
        {
            return Aes256(file, encrypt, r);
        }

        if (r is < 2 or > 4 || v is < 1 or > 4)
        {
            throw new PdfSyntaxException($"security handler revision {r} is not supported");
        }

        var aes = false;
        var identity = false;
        var length = Number(file, encrypt, "Length", 40);
        if (v == 4)
        {
            var streamFilter = file.Resolve(encrypt.GetValueOrDefault("StmF")) is PdfName f ? f.Value : "Identity";
            var method = file.Dict(file.Dict(encrypt.GetValueOrDefault("CF"))?.GetValueOrDefault(streamFilter))?.GetValueOrDefault("CFM");
            var name = file.Resolve(method) is PdfName m ? m.Value : "None";
            identity = streamFilter == "Identity" || name == "None";
            aes = name == "AESV2";
            if (!identity && !aes && name != "V2")
            {
                throw new PdfSyntaxException("crypt filter " + name + " is not supported");
            }

            length = aes ? 128 : Number(file, encrypt, "Length", 128);
        }

        var owner = file.Resolve(encrypt.GetValueOrDefault("O")) as byte[] ?? throw new PdfSyntaxException("no /O");
        var permissions = Number(file, encrypt, "P", 0);
        var encryptMetadata = file.Resolve(encrypt.GetValueOrDefault("EncryptMetadata")) is not false;
        var n = r == 2 ? 5 : Math.Clamp(length / 8, 5, 16);

        var input = new List<byte>(Padding);
        input.AddRange(owner.Take(32));
        input.AddRange(BitConverter.GetBytes(permissions));
        input.AddRange(firstId);
        if (r >= 4 && !encryptMetadata)
        {
            input.AddRange([0xFF, 0xFF, 0xFF, 0xFF]);
        }

#pragma warning disable CA5351 // MD5 and RC4 are what the PDF standard prescribes here; nothing is protected by them.
        var hash = MD5.HashData([.. input]);
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, n));
            }
        }

        return new PdfDecryption(hash[..n], aes, identity);
    }

    // ISO 32000-2 §7.6.4.3.3–4: the file key is UE decrypted with the hash of the empty password and U's key salt;
    // every stream then uses that key directly (no per-object key).
    private static PdfDecryption Aes256(PdfFile file, Dictionary<string, object> encrypt, int revision)
    {
        var u = file.Resolve(encrypt.GetValueOrDefault("U")) as byte[] ?? throw new PdfSyntaxException("no /U");
        var ue = file.Resolve(encrypt.GetValueOrDefault("UE")) as byte[] ?? throw new PdfSyntaxException("no /UE");
        var streamFilter = file.Resolve(encrypt.GetValueOrDefault("StmF")) is PdfName f ? f.Value : "Identity";
        if (u.Length < 48 || ue.Length < 32)
        {
            throw new PdfSyntaxException("bad /U or /UE");
        }

        var intermediate = Hash(revision, u.AsSpan(40, 8));
        using var aes = Aes.Create();
        aes.Key = intermediate;
        var key = aes.DecryptCbc(ue.AsSpan(0, 32), new byte[16], PaddingMode.None);
        return new PdfDecryption(key, aes: true, identity: streamFilter == "Identity");
    }

    // Algorithm 2.B with the empty password and no user data (revision 5 is its first step alone).
    private static byte[] Hash(int revision, ReadOnlySpan<byte> salt)
    {
        var k = SHA256.HashData(salt);
        if (revision == 5)
        {
            return k;
        }

        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            var k1 = new byte[64 * k.Length];
            for (var i = 0; i < 64; i++)
            {
                k.CopyTo(k1, i * k.Length);
            }

            aes.Key = k[..16];
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            if (round >= 63 && e[^1] <= round + 1 - 32)
            {
                return k[..32];
            }
        }
    }

    /// <summary>Algorithm 1: the object's own key, then RC4 or AES-128-CBC (the IV is the data's first 16 bytes).</summary>
    public byte[] Decrypt(byte[] data, int number, int generation)
    {
        if (_identity)
        {
            return data;
        }

        if (_key.Length == 32)
        {
            return DecryptAes(_key, data);
        }

        var salt = new List<byte>(_key)
        {
            (byte)number, (byte)(number >> 8), (byte)(number >> 16), (byte)generation, (byte)(generation >> 8),
        };
        if (_aes)
        {
            salt.AddRange("sAlT"u8.ToArray());
        }

        var key = MD5.HashData([.. salt]).AsSpan(0, Math.Min(_key.Length + 5, 16)).ToArray();
#pragma warning restore CA5351
        if (!_aes)
        {
            return Rc4(key, data);
        }

        return DecryptAes(key, data);
    }

    private static byte[] DecryptAes(byte[] key, byte[] data)
    {
        if (data.Length < 32 || data.Length % 16 != 0)
        {
            return data.Length == 16 ? [] : throw new PdfSyntaxException("AES data is not whole blocks");
        }

        using var aes = Aes.Create();
        aes.Key = key;
        return aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.PKCS7);
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            s[i] = (byte)i;
        }

        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }

    private static int Number(PdfFile file, Dictionary<string, object> dict, string key, int fallback) =>
        file.Resolve(dict.GetValueOrDefault(key)) is double d ? (int)(long)d : fallback;
}
